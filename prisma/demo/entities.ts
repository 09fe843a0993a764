import type { EntityType } from "../../lib/validations/enums";
import type { TenantSnapshot } from "../../lib/validations/snapshot";

/**
 * Every entity of a snapshot a rule can report on, by type, with the name a person would know it
 * by. Ids are the ones the engine reports: Graph ids, the tenant id, and a service principal's app id.
 */
export function entitiesOf(snapshot: TenantSnapshot): Map<EntityType, Map<string, string>> {
  const usersById = new Map(snapshot.users.map((user) => [user.id, user]));
  const agentsById = new Map(snapshot.agentIdentities.map((agent) => [agent.id, agent.displayName]));
  const cloudPcsById = new Map(snapshot.cloudPCs.map((cloudPc) => [cloudPc.id, cloudPc.displayName]));
  const named = <T>(items: T[], id: (item: T) => string, name: (item: T) => string) => new Map(items.map((item) => [id(item), name(item)]));

  return new Map<EntityType, Map<string, string>>([
    ["tenant", new Map([[snapshot.tenant.tenantId ?? snapshot.tenant.displayName, snapshot.tenant.displayName]])],
    ["user", named(snapshot.users, (user) => user.id, (user) => user.displayName ?? user.userPrincipalName)],
    [
      "cloudPc",
      named(
        snapshot.cloudPCs,
        (cloudPc) => cloudPc.id,
        (cloudPc) => {
          const owner = snapshot.users.find((user) => user.userPrincipalName === cloudPc.userPrincipalName)?.displayName;
          return owner ? `${cloudPc.displayName} (${owner})` : cloudPc.displayName;
        },
      ),
    ],
    ["provisioningPolicy", named(snapshot.provisioningPolicies, (policy) => policy.id, (policy) => policy.displayName)],
    ["networkConnection", named(snapshot.onPremisesConnections, (connection) => connection.id, (connection) => connection.displayName)],
    ["conditionalAccessPolicy", named(snapshot.conditionalAccessPolicies, (policy) => policy.id, (policy) => policy.displayName)],
    [
      "servicePrincipal",
      named(snapshot.remoteDesktopSecurityConfigurations, (configuration) => configuration.servicePrincipalAppId, (configuration) => configuration.servicePrincipalName ?? configuration.servicePrincipalAppId),
    ],
    [
      "client",
      named(snapshot.clients, (client) => client.id, (client) => `${client.deviceName ?? client.app} (${client.app}, ${usersById.get(client.userId)?.displayName ?? client.userId})`),
    ],
    [
      "agentSession",
      named(
        snapshot.agentSessions,
        (session) => session.id,
        (session) => `${agentsById.get(session.agentId) ?? session.agentId} on ${cloudPcsById.get(session.cloudPcId ?? "") ?? "an unknown Cloud PC"} at ${session.startedAt.slice(11, 16)} UTC`,
      ),
    ],
  ]);
}
