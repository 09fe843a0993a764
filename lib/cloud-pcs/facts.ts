import { derived, graph, sightline, type Fact } from "@/lib/inventory/facts";
import { cloudPcStatusLabels, joinTypeLabels, labelOf, osVersionLabels } from "@/lib/ui/labels";
import type { GraphCloudPc } from "@/lib/validations/snapshot";

/** Every fact of a Cloud PC with its source, in the order the detail page lists them. */
export function cloudPcFacts(cloudPc: GraphCloudPc, joinType: string | null): Fact[] {
  const facts = cloudPc.sightline ?? {};
  const updates = facts.installedUpdates;
  return [
    { label: "Name", value: cloudPc.displayName, source: graph("cloudPC.displayName") },
    { label: "Id", value: cloudPc.id, source: graph("cloudPC.id") },
    { label: "Assigned user", value: cloudPc.userPrincipalName ?? null, source: graph("cloudPC.userPrincipalName") },
    { label: "Provisioning policy", value: cloudPc.provisioningPolicyName ?? null, source: graph("cloudPC.provisioningPolicyName") },
    { label: "Provisioning policy id", value: cloudPc.provisioningPolicyId ?? null, source: graph("cloudPC.provisioningPolicyId") },
    {
      label: "Join type",
      value: joinType,
      display: joinType ? labelOf(joinTypeLabels, joinType) : undefined,
      source: derived("the provisioning policy's first domainJoinConfigurations entry (domainJoinType)"),
    },
    { label: "Azure network connection", value: cloudPc.onPremisesConnectionName ?? null, source: graph("cloudPC.onPremisesConnectionName") },
    { label: "Status", value: cloudPc.status ?? null, display: cloudPc.status ? cloudPcStatusLabels[cloudPc.status] : undefined, source: graph("cloudPC.status") },
    { label: "SSO applied", value: cloudPc.connectionSetting?.enableSingleSignOn ?? null, source: graph("cloudPC.connectionSetting.enableSingleSignOn") },
    { label: "OS version", value: cloudPc.osVersion ?? null, display: cloudPc.osVersion ? osVersionLabels[cloudPc.osVersion] : undefined, source: graph("cloudPC.osVersion") },
    { label: "OS edition", value: facts.osEdition ?? null, source: sightline("sightline.osEdition") },
    { label: "OS release", value: facts.osRelease ?? null, source: sightline("sightline.osRelease") },
    { label: "OS build", value: facts.osBuild ?? null, source: sightline("sightline.osBuild") },
    {
      label: "Installed cumulative updates",
      value: updates ? (updates.length === 0 ? "none" : updates.map((u) => `${u.kb} (${u.month})`).join(", ")) : null,
      source: sightline("sightline.installedUpdates"),
    },
    { label: "Smart card drivers installed", value: facts.smartCardDriversInstalled ?? null, source: sightline("sightline.smartCardDriversInstalled") },
    { label: "Agent pool", value: facts.agentPoolId ?? null, source: sightline("sightline.agentPoolId") },
    { label: "Product type", value: cloudPc.productType ?? null, source: graph("cloudPC.productType") },
    { label: "Provisioning type", value: cloudPc.provisioningType ?? null, source: graph("cloudPC.provisioningType") },
    { label: "Service plan", value: cloudPc.servicePlanName ?? null, source: graph("cloudPC.servicePlanName") },
    { label: "Image", value: cloudPc.imageDisplayName ?? null, source: graph("cloudPC.imageDisplayName") },
    { label: "Last modified", value: cloudPc.lastModifiedDateTime ?? null, source: graph("cloudPC.lastModifiedDateTime") },
  ];
}
