import type { TenantSnapshot } from "../../lib/validations/snapshot";
import { makeCloudPc, makeConfigurationAssignment, makeSnapshot } from "../factories";
import { buildCast, type CastEntry } from "./cast";
import { agentSessionId, agentSessionScenarios, contosoAgents } from "./contoso-agents";
import { contoso, contosoDirectory, contosoNetwork, contosoPolicies, contosoSignInPolicies } from "./contoso-infrastructure";
import { contosoFederatedPeople, contosoGuests } from "./contoso-partners";
import { contosoCloudOnlyStaff, contosoHybridStaff } from "./contoso-staff";

export { contosoExpectations } from "./contoso-expectations";

/**
 * Contoso: the main demo tenant (commercial cloud, Enterprise edition). Every one of the 42 rules
 * fails for at least one of its entities and passes for another, except the rules whose facts are
 * tenant-wide: AUTH-001, AUTH-003, AUTH-004, SSO-002, EXT-008 and INS-004 pass here and fail in
 * Fabrikam; INS-001 (FIDO2 not enabled) fails here and passes in Fabrikam.
 */

export const contosoPeople = [...contosoHybridStaff, ...contosoCloudOnlyStaff, ...contosoFederatedPeople, ...contosoGuests];

function build(): { snapshot: TenantSnapshot; cast: CastEntry[] } {
  const { groups, domains } = contosoDirectory();
  const network = contosoNetwork();
  const policies = contosoPolicies(network, groups);
  const signIn = contosoSignInPolicies(groups);
  const people = buildCast(contoso, contosoPeople, {
    policies,
    networkConnections: [network.seattle, network.berlin],
    groups,
  });
  const agents = contosoAgents(policies);

  // A leaver's Cloud PC in its grace period: its user is gone from the directory, so JOIN-003 cannot tell.
  const leaverCloudPc = makeCloudPc(contoso, {
    key: "leaver",
    user: { userPrincipalName: "former.employee@contoso.com" },
    policy: policies.finance,
    networkConnection: network.seattle,
    status: "inGracePeriod",
    patchedThrough: "2025-09",
  });

  const userId = (name: string) => {
    const entry = people.cast.find((person) => person.displayName.startsWith(name));
    if (!entry) throw new Error(`no person named ${name}`);
    return entry.userId;
  };
  const cloudPcOf = (name: string) => {
    const upn = people.users.find((user) => user.id === userId(name))?.userPrincipalName;
    return people.cloudPCs.find((cloudPc) => cloudPc.userPrincipalName === upn)?.id;
  };
  const configurationAssignments = [
    makeConfigurationAssignment(contoso, { key: "gpo-default-finance", displayName: "Contoso Default Domain Policy", managementType: "groupPolicy", target: "device", provisioningPolicyId: policies.finance.id }),
    makeConfigurationAssignment(contoso, { key: "gpo-default-operations", displayName: "Contoso Default Domain Policy", managementType: "groupPolicy", target: "device", provisioningPolicyId: policies.operations.id }),
    makeConfigurationAssignment(contoso, { key: "gpo-drive-maps", displayName: "Legacy drive mappings (GPO)", managementType: "groupPolicy", target: "user", userId: userId("Hector Ruiz") }),
    makeConfigurationAssignment(contoso, { key: "gpo-kiosk", displayName: "Front desk kiosk lockdown (GPO)", managementType: "groupPolicy", target: "device", cloudPcId: cloudPcOf("Ben Walters") }),
    makeConfigurationAssignment(contoso, { key: "intune-baseline-corporate", displayName: "Windows 365 security baseline", managementType: "intune", target: "device", provisioningPolicyId: policies.corporate.id }),
    makeConfigurationAssignment(contoso, { key: "intune-baseline-partners", displayName: "Windows 365 security baseline (partners)", managementType: "intune", target: "device", provisioningPolicyId: policies.partners.id }),
    makeConfigurationAssignment(contoso, { key: "intune-edge-favorites", displayName: "Edge managed favorites", managementType: "intune", target: "user", userId: userId("Megan Bowen") }),
    makeConfigurationAssignment(contoso, { key: "intune-vpn-noah", displayName: "Contoso partner VPN profile", managementType: "intune", target: "user", userId: userId("Noah Becker") }),
  ];

  const snapshot = makeSnapshot(contoso, {
    ...signIn,
    domains,
    groups: Object.values(groups),
    users: people.users,
    cloudPCs: [...people.cloudPCs, leaverCloudPc, ...agents.agentCloudPcs],
    provisioningPolicies: Object.values(policies),
    onPremisesConnections: [network.seattle, network.berlin],
    configurationAssignments,
    clients: people.clients,
    agentIdentities: agents.agentIdentities,
    agentPools: agents.agentPools,
    agentSessions: agents.agentSessions,
  });
  return { snapshot, cast: people.cast };
}

/** A fresh Contoso snapshot on every call: callers may change it. */
export function buildContosoSnapshot(): TenantSnapshot {
  return build().snapshot;
}

/** Contoso's people by identity type and scenario, for docs/demo-tenant.md. */
export function contosoCast(): CastEntry[] {
  return build().cast;
}

/** What each agent session shows, by session id. */
export function contosoSessionScenarios(): { sessionId: string; scenario: string }[] {
  return Object.entries(agentSessionScenarios).map(([key, scenario]) => ({ sessionId: agentSessionId(key), scenario }));
}
