import type { ConfigurationAssignment, GraphOnPremisesConnection, GraphProvisioningPolicy } from "../../lib/validations/snapshot";
import { allCloudPcApps, makeCaPolicy } from "./conditional-access";
import { makeConfigurationAssignment } from "./configuration-assignments";
import { makeNetworkConnection, type NetworkConnectionInput } from "./network-connections";
import { makeProvisioningPolicy } from "./provisioning-policies";
import type { PolicyCategory } from "./synthetic-people";
import { makeGroup, type TenantContext } from "./tenant";

const categoryCycle: PolicyCategory[] = ["entraSso", "hybridSso", "entraNoSso", "hybridSsoBroken", "hybridNoSso"];
const policiesPerNetworkConnection = 2;

/** Broken network connections take turns at the three ways the demo's Berlin connection is broken. */
const brokenVariants: Pick<NetworkConnectionInput, "subscription" | "failures">[] = [
  {
    subscription: null,
    failures: {
      dns: { errorType: "dnsCheckFqdnNotFound" },
      domainJoin: { errorType: "adJoinCheckServerNotOperational" },
      kerberos: { errorType: "ssoCheckKerberosConfigurationError" },
    },
  },
  { subscription: { id: "2f6c1d0e-5a4b-4c3d-8e2f-1a0b9c8d7e6f", name: "Branch offices" }, failures: { domainJoin: { errorType: "adJoinCheckFqdnNotFound" } } },
  { subscription: { id: "2f6c1d0e-5a4b-4c3d-8e2f-1a0b9c8d7e6f", name: "Branch offices" }, failures: { kerberos: { errorType: "ssoCheckKerberosConfigurationError", status: "warning" } } },
];

/** Policies, network connections, groups and Conditional Access of a synthetic tenant. */
export function buildSyntheticInfrastructure(ctx: TenantContext, { cloudPcs, tenantWideFailures }: { cloudPcs: number; tenantWideFailures: boolean }) {
  const policyCount = Math.max(categoryCycle.length, Math.round(cloudPcs / 2000));
  const guestTokenProtectionExclusion = makeGroup(ctx, "guest-token-protection-exclusion", "CA exclusion - Partner guests (token protection)");
  const cloudPcDevices = makeGroup(ctx, "cloud-pc-devices", "Devices - All Cloud PCs (dynamic)", "dynamicDevice");
  const groupList = [guestTokenProtectionExclusion, cloudPcDevices];
  const byPolicyId: Record<string, string> = {};

  const networkConnections: GraphOnPremisesConnection[] = [];
  const healthy: GraphOnPremisesConnection[] = [];
  const broken: GraphOnPremisesConnection[] = [];
  const connectionFor = (isBroken: boolean, ordinal: number) => {
    const pool = isBroken ? broken : healthy;
    const index = Math.floor(ordinal / policiesPerNetworkConnection);
    if (!pool[index]) {
      const variant = isBroken ? brokenVariants[index % brokenVariants.length] : { subscription: { id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", name: "Production" } };
      const connection = makeNetworkConnection(ctx, { key: `${isBroken ? "branch" : "hub"}-${index}`, displayName: `${isBroken ? "Branch" : "Hub"} ${index + 1} - vnet-w365`, ...variant });
      pool[index] = connection;
      networkConnections.push(connection);
    }
    return pool[index];
  };

  const policiesByCategory = Object.fromEntries(categoryCycle.map((category) => [category, [] as GraphProvisioningPolicy[]])) as Record<PolicyCategory, GraphProvisioningPolicy[]>;
  const policies: GraphProvisioningPolicy[] = [];
  const ordinals = { healthy: 0, broken: 0 };
  for (let p = 0; p < policyCount; p++) {
    const category = categoryCycle[p % categoryCycle.length];
    const hybrid = category.startsWith("hybrid");
    const isBroken = category === "hybridSsoBroken";
    const group = makeGroup(ctx, `policy-${p}`, `W365 - Policy ${p + 1}`);
    groupList.push(group);
    const policy = makeProvisioningPolicy(ctx, {
      key: `policy-${p}`,
      displayName: `${hybrid ? "Hybrid" : "Entra"} ${category.includes("NoSso") ? "(no SSO)" : "SSO"} - ${p + 1}`,
      joinType: hybrid ? "hybridAzureADJoin" : "azureADJoin",
      sso: !category.includes("NoSso"),
      networkConnection: hybrid ? connectionFor(isBroken, isBroken ? ordinals.broken++ : ordinals.healthy++) : null,
      image: category === "hybridNoSso" ? "win10-22H2" : "win11-24H2",
      groupIds: [group.id],
    });
    byPolicyId[policy.id] = group.id;
    policiesByCategory[category].push(policy);
    policies.push(policy);
  }
  const connectionsById = new Map(networkConnections.map((connection) => [connection.id, connection]));
  const networkConnectionOf = (policy: GraphProvisioningPolicy) => connectionsById.get(policy.domainJoinConfigurations?.[0]?.onPremisesConnectionId ?? "") ?? null;

  const conditionalAccessPolicies = [
    makeCaPolicy(ctx, { key: "mfa-report-only", displayName: "CPC - Require MFA (report-only)", state: "enabledForReportingButNotEnforced", includeUsers: ["All"], mfa: true }),
    tenantWideFailures
      ? makeCaPolicy(ctx, { key: "mfa-windows365", displayName: "CPC - Require MFA for Windows 365", state: "enabled", applications: [allCloudPcApps[0]], includeUsers: ["All"], mfa: true, signInFrequency: { value: 12, type: "hours" } })
      : makeCaPolicy(ctx, { key: "mfa", displayName: "CPC - Require MFA for Cloud PC access", state: "enabled", includeUsers: ["All"], mfa: true, signInFrequency: { value: 16, type: "hours" } }),
    makeCaPolicy(ctx, { key: "guest-token-protection", displayName: "CPC - Guests require token protection", state: "enabled", includeUsers: ["GuestsOrExternalUsers"], excludeGroups: [guestTokenProtectionExclusion.id], tokenProtection: true }),
  ];

  const configurationAssignments: ConfigurationAssignment[] = policies.map((policy, p) =>
    policy.domainJoinConfigurations?.[0]?.domainJoinType === "hybridAzureADJoin"
      ? makeConfigurationAssignment(ctx, { key: `baseline-${p}`, displayName: "Default Domain Policy", managementType: "groupPolicy", target: "device", provisioningPolicyId: policy.id })
      : makeConfigurationAssignment(ctx, { key: `baseline-${p}`, displayName: "Windows 365 security baseline", managementType: "intune", target: "device", provisioningPolicyId: policy.id }),
  );

  return {
    groups: { guestTokenProtectionExclusion, cloudPcDevices, byPolicyId },
    groupList,
    policies,
    policiesByCategory,
    networkConnections,
    networkConnectionOf,
    conditionalAccessPolicies,
    configurationAssignments,
    federatedDomain: `idp-partner.${ctx.primaryDomain}`,
    formerlyFederatedDomain: `legacy-idp.${ctx.primaryDomain}`,
  };
}
