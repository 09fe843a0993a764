import type { Client, ConfigurationAssignment, GraphCloudPc, GraphUser, TenantSnapshot } from "../../lib/validations/snapshot";
import { makeRemoteDesktopConfig, makeAuthMethodsPolicy } from "./authentication";
import { makeClient } from "./clients";
import { demoEpochMs } from "./clock";
import { makeCloudPc } from "./cloud-pcs";
import { makeConfigurationAssignment } from "./configuration-assignments";
import { buildSyntheticAgents } from "./synthetic-agents";
import { archetypeCycle, archetypes, syntheticName, type Archetype } from "./synthetic-people";
import { buildSyntheticInfrastructure } from "./synthetic-infrastructure";
import { makeDomain, makeSnapshot, makeTenantContext } from "./tenant";
import { makeUser } from "./users";

export interface SyntheticTenantOptions {
  /** Total Cloud PCs, agent pools' included. */
  cloudPcs: number;
  /** Makes ids (and the tenant's name) distinct between synthetic tenants. */
  seed?: string;
  /**
   * Set the tenant-wide facts so their rules fail (Government edition, MFA only report-only, Entra
   * RDP auth off on Windows Cloud Login, no certificate auth, FIDO2 off, smart card redirection
   * blocked): with it every one of the 42 rules fails somewhere. Default true.
   */
  tenantWideFailures?: boolean;
}

/**
 * A tenant of any size for tests and benchmarks: as many users as Cloud PCs, ~1 provisioning policy
 * per 2,000 Cloud PCs, ~1 network connection per 2 hybrid policies, ~1 client per user, ~1 agent
 * session per 50 Cloud PCs, with the demo's scenarios repeated in fixed proportions.
 */
export function buildSyntheticTenant({ cloudPcs, seed = "synthetic", tenantWideFailures = true }: SyntheticTenantOptions): TenantSnapshot {
  if (!Number.isInteger(cloudPcs) || cloudPcs < 10) throw new Error("buildSyntheticTenant needs at least 10 Cloud PCs");
  const ctx = makeTenantContext({
    key: `synthetic-${seed}`,
    displayName: `Synthetic ${seed} (${cloudPcs.toLocaleString("en-US")} Cloud PCs)`,
    cloud: tenantWideFailures ? "usGovernment" : "commercial",
    edition: tenantWideFailures ? "government" : "enterprise",
    primaryDomain: `${seed.toLowerCase().replace(/[^a-z0-9]/g, "") || "synthetic"}.example.com`,
    epochMs: demoEpochMs,
  });
  const sessionCount = Math.max(12, Math.round(cloudPcs / 50));
  const agentCloudPcCount = Math.max(3, Math.ceil(sessionCount / 5));
  const userCloudPcCount = cloudPcs - agentCloudPcCount;
  const infrastructure = buildSyntheticInfrastructure(ctx, { cloudPcs, tenantWideFailures });
  const { groups, policiesByCategory, federatedDomain, formerlyFederatedDomain } = infrastructure;

  const users: GraphUser[] = [];
  const cloudPCs: GraphCloudPc[] = [];
  const clients: Client[] = [];
  const configurationAssignments: ConfigurationAssignment[] = [...infrastructure.configurationAssignments];
  const exclusion = [groups.guestTokenProtectionExclusion.id];

  for (let i = 0; i < cloudPcs; i++) {
    // Users past the user Cloud PCs (as many as the agent pools' Cloud PCs) have none: ordinary cloud-only people.
    const hasCloudPc = i < userCloudPcCount;
    const archetype: Archetype = hasCloudPc ? archetypeCycle[i % archetypeCycle.length] : archetypes.cloudOnly;
    const { displayName, alias } = syntheticName(i);
    const domain = archetype.domain === "federated" ? federatedDomain : archetype.domain === "formerlyFederated" ? formerlyFederatedDomain : undefined;
    const policies = policiesByCategory[archetype.category];
    const policy = policies[i % policies.length];
    const memberOf = hasCloudPc ? [groups.byPolicyId[policy.id]] : [];
    if (archetype.kind === "external" && !archetype.tokenProtected) memberOf.push(...exclusion);
    const user = makeUser(ctx, {
      displayName,
      alias,
      kind: archetype.kind,
      domain: archetype.kind === "external" ? `partner${i % 97}.example.org` : domain,
      memberOf,
      sightline: archetype.facts,
    });
    users.push(user);
    if (hasCloudPc) {
      const cloudPc = makeCloudPc(ctx, {
        key: `u${i}`,
        user,
        policy,
        networkConnection: infrastructure.networkConnectionOf(policy),
        os: archetype.os,
        patchedThrough: archetype.patchedThrough,
        status: archetype.status,
        ssoApplied: archetype.ssoApplied,
        smartCardDriversInstalled: archetype.smartCardDriversInstalled,
      });
      cloudPCs.push(cloudPc);
      if (archetype.gpoOnCloudPc) {
        configurationAssignments.push(makeConfigurationAssignment(ctx, { key: `gpo-${i}`, displayName: "Kiosk lockdown (GPO)", managementType: "groupPolicy", target: "device", cloudPcId: cloudPc.id }));
      }
    }
    if (archetype.userTargetedProfile) {
      configurationAssignments.push(makeConfigurationAssignment(ctx, { key: `vpn-${i}`, displayName: "Partner VPN profile", managementType: "intune", target: "user", userId: user.id }));
    }
    for (const client of archetype.clients) clients.push(makeClient(ctx, { ...client, key: `${i}/${client.app}`, user }));
  }

  const agents = buildSyntheticAgents(ctx, agentCloudPcCount, sessionCount);
  return makeSnapshot(ctx, {
    tenantSettings: { adfsUserCertificateAuthentication: false, smartCardRedirectionAllowed: !tenantWideFailures, webAuthnRedirectionAllowed: true },
    domains: [makeDomain(ctx.primaryDomain), makeDomain(ctx.initialDomain), makeDomain(federatedDomain, "Federated"), makeDomain(formerlyFederatedDomain, "Managed")],
    users,
    groups: infrastructure.groupList,
    cloudPCs: [...cloudPCs, ...agents.cloudPcs],
    provisioningPolicies: [...infrastructure.policies, ...agents.policies],
    onPremisesConnections: infrastructure.networkConnections,
    conditionalAccessPolicies: infrastructure.conditionalAccessPolicies,
    authenticationMethodsPolicy: makeAuthMethodsPolicy({
      fido2: tenantWideFailures ? "disabled" : "enabled",
      microsoftAuthenticator: "enabled",
      x509Certificate: tenantWideFailures ? "disabled" : "enabled",
    }),
    remoteDesktopSecurityConfigurations: [
      makeRemoteDesktopConfig(ctx, { app: "microsoftRemoteDesktop", enabled: true, targetDeviceGroups: [groups.cloudPcDevices] }),
      makeRemoteDesktopConfig(ctx, { app: "windowsCloudLogin", enabled: !tenantWideFailures, targetDeviceGroups: [] }),
    ],
    configurationAssignments,
    clients,
    agentIdentities: agents.agentIdentities,
    agentPools: agents.agentPools,
    agentSessions: agents.agentSessions,
  });
}
