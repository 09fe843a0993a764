import type { Prisma } from "@/prisma/generated/client/client";
import { policyJoinType, policyNetworkConnectionId } from "@/lib/rules/facts";
import type { GraphCloudPc, GraphProvisioningPolicy } from "@/lib/validations/snapshot";
import { compact, fromJsonColumn, isEmptyObject, isPlainObject, toExtraJson, toJsonColumn, unknownProperties, withExtra } from "../json-columns";

/** Row <-> Graph mapping of Cloud PCs and provisioning policies. */

type CloudPcFacts = NonNullable<GraphCloudPc["sightline"]>;

// ---- provisioning policies ----------------------------------------------------------------------

export const provisioningPolicySelect = {
  graphId: true,
  displayName: true,
  description: true,
  joinType: true,
  onPremisesConnectionGraphId: true,
  regionName: true,
  domainJoinConfigurationsJson: true,
  enableSingleSignOn: true,
  imageId: true,
  imageDisplayName: true,
  imageType: true,
  provisioningType: true,
  assignmentsJson: true,
  extraJson: true,
} satisfies Prisma.ProvisioningPolicySelect;
export type ProvisioningPolicyRow = Prisma.ProvisioningPolicyGetPayload<{ select: typeof provisioningPolicySelect }>;

const policyKnown = new Set([
  "id",
  "displayName",
  "description",
  "domainJoinConfigurations",
  "enableSingleSignOn",
  "imageId",
  "imageDisplayName",
  "imageType",
  "provisioningType",
  "assignments",
]);

export function provisioningPolicyToRow(policy: GraphProvisioningPolicy): ProvisioningPolicyRow {
  return {
    graphId: policy.id,
    displayName: policy.displayName,
    description: policy.description ?? null,
    // Derived from the first domain join configuration (Graph orders them by priority); kept for filtering.
    joinType: policyJoinType(policy),
    onPremisesConnectionGraphId: policyNetworkConnectionId(policy),
    regionName: policy.domainJoinConfigurations?.[0]?.regionName ?? null,
    domainJoinConfigurationsJson: toJsonColumn(policy.domainJoinConfigurations),
    enableSingleSignOn: policy.enableSingleSignOn ?? null,
    imageId: policy.imageId ?? null,
    imageDisplayName: policy.imageDisplayName ?? null,
    imageType: policy.imageType ?? null,
    provisioningType: policy.provisioningType ?? null,
    assignmentsJson: toJsonColumn(policy.assignments),
    extraJson: toExtraJson(unknownProperties(policy, policyKnown)),
  };
}

/** The derived columns (joinType, network connection, region) are read back from the configurations. */
export function provisioningPolicyFromRow(row: ProvisioningPolicyRow): GraphProvisioningPolicy {
  return withExtra(row.extraJson, {
    id: row.graphId,
    displayName: row.displayName,
    description: row.description,
    domainJoinConfigurations: fromJsonColumn<GraphProvisioningPolicy["domainJoinConfigurations"]>(row.domainJoinConfigurationsJson),
    enableSingleSignOn: row.enableSingleSignOn,
    imageId: row.imageId,
    imageDisplayName: row.imageDisplayName,
    imageType: row.imageType,
    provisioningType: row.provisioningType,
    assignments: fromJsonColumn<GraphProvisioningPolicy["assignments"]>(row.assignmentsJson),
  });
}

// ---- Cloud PCs ----------------------------------------------------------------------------------

export const cloudPcSelect = {
  graphId: true,
  displayName: true,
  userPrincipalName: true,
  upnLower: true,
  provisioningPolicyGraphId: true,
  provisioningPolicyName: true,
  onPremisesConnectionName: true,
  imageDisplayName: true,
  servicePlanName: true,
  status: true,
  osVersion: true,
  productType: true,
  provisioningType: true,
  ssoApplied: true,
  lastModifiedDateTime: true,
  osEdition: true,
  osRelease: true,
  osBuild: true,
  installedUpdatesJson: true,
  smartCardDriversInstalled: true,
  agentPoolExternalId: true,
  joinType: true,
  extraJson: true,
} satisfies Prisma.CloudPcSelect;
export type CloudPcRow = Prisma.CloudPcGetPayload<{ select: typeof cloudPcSelect }>;

const cloudPcKnown = new Set([
  "id",
  "displayName",
  "userPrincipalName",
  "provisioningPolicyId",
  "provisioningPolicyName",
  "onPremisesConnectionName",
  "imageDisplayName",
  "servicePlanName",
  "status",
  "osVersion",
  "productType",
  "provisioningType",
  "connectionSetting",
  "lastModifiedDateTime",
  "sightline",
]);
const connectionSettingKnown = new Set(["enableSingleSignOn"]);

/**
 * `connectionSetting` is split: `enableSingleSignOn` goes to `ssoApplied`, its other Graph properties
 * are kept in `extraJson` under `connectionSetting`.
 */
function cloudPcExtra(cloudPc: GraphCloudPc): string | null {
  const rest = unknownProperties(cloudPc, cloudPcKnown);
  if (isPlainObject(cloudPc.connectionSetting)) {
    const settingRest = unknownProperties(cloudPc.connectionSetting, connectionSettingKnown);
    if (!isEmptyObject(settingRest)) rest.connectionSetting = settingRest;
  }
  return toExtraJson(rest);
}

/** `joinType` is the one of the Cloud PC's provisioning policy (null when the policy is not known). */
export function cloudPcToRow(cloudPc: GraphCloudPc, joinTypeOfPolicy: (policyId: string) => string | null): CloudPcRow {
  const facts: CloudPcFacts = cloudPc.sightline ?? {};
  return {
    graphId: cloudPc.id,
    displayName: cloudPc.displayName,
    userPrincipalName: cloudPc.userPrincipalName ?? null,
    upnLower: cloudPc.userPrincipalName ? cloudPc.userPrincipalName.toLowerCase() : null,
    provisioningPolicyGraphId: cloudPc.provisioningPolicyId ?? null,
    provisioningPolicyName: cloudPc.provisioningPolicyName ?? null,
    onPremisesConnectionName: cloudPc.onPremisesConnectionName ?? null,
    imageDisplayName: cloudPc.imageDisplayName ?? null,
    servicePlanName: cloudPc.servicePlanName ?? null,
    status: cloudPc.status ?? null,
    osVersion: cloudPc.osVersion ?? null,
    productType: cloudPc.productType ?? null,
    provisioningType: cloudPc.provisioningType ?? null,
    ssoApplied: cloudPc.connectionSetting?.enableSingleSignOn ?? null,
    lastModifiedDateTime: cloudPc.lastModifiedDateTime ?? null,
    osEdition: facts.osEdition ?? null,
    osRelease: facts.osRelease ?? null,
    osBuild: facts.osBuild ?? null,
    installedUpdatesJson: toJsonColumn(facts.installedUpdates),
    smartCardDriversInstalled: facts.smartCardDriversInstalled ?? null,
    agentPoolExternalId: facts.agentPoolId ?? null,
    joinType: cloudPc.provisioningPolicyId ? joinTypeOfPolicy(cloudPc.provisioningPolicyId) : null,
    extraJson: cloudPcExtra(cloudPc),
  };
}

export function cloudPcFromRow(row: CloudPcRow): GraphCloudPc {
  const sightline = compact({
    osEdition: row.osEdition,
    osRelease: row.osRelease,
    osBuild: row.osBuild,
    installedUpdates: fromJsonColumn<CloudPcFacts["installedUpdates"]>(row.installedUpdatesJson),
    smartCardDriversInstalled: row.smartCardDriversInstalled,
    agentPoolId: row.agentPoolExternalId,
  });
  const cloudPc = withExtra<GraphCloudPc>(row.extraJson, {
    id: row.graphId,
    displayName: row.displayName,
    userPrincipalName: row.userPrincipalName,
    provisioningPolicyId: row.provisioningPolicyGraphId,
    provisioningPolicyName: row.provisioningPolicyName,
    onPremisesConnectionName: row.onPremisesConnectionName,
    imageDisplayName: row.imageDisplayName,
    servicePlanName: row.servicePlanName,
    status: row.status,
    osVersion: row.osVersion,
    productType: row.productType,
    provisioningType: row.provisioningType,
    lastModifiedDateTime: row.lastModifiedDateTime,
    sightline: isEmptyObject(sightline) ? null : sightline,
  });
  // extraJson holds connectionSetting's other properties, if it had any; the SSO flag joins them.
  if (row.ssoApplied !== null) cloudPc.connectionSetting = { ...cloudPc.connectionSetting, enableSingleSignOn: row.ssoApplied };
  return cloudPc;
}
