import { derived, graph, type Fact } from "@/lib/inventory/facts";
import { joinTypeLabels, labelOf } from "@/lib/ui/labels";
import type { GraphProvisioningPolicy } from "@/lib/validations/snapshot";

/** Every fact of a provisioning policy with its source, in the order the detail page lists them. */
export function provisioningPolicyFacts(policy: GraphProvisioningPolicy, derivedFacts: { joinType: string | null; networkConnectionId: string | null }): Fact[] {
  const configurations = policy.domainJoinConfigurations ?? [];
  const first = configurations[0];
  return [
    { label: "Name", value: policy.displayName, source: graph("cloudPcProvisioningPolicy.displayName") },
    { label: "Id", value: policy.id, source: graph("cloudPcProvisioningPolicy.id") },
    { label: "Description", value: policy.description ?? null, source: graph("cloudPcProvisioningPolicy.description") },
    {
      label: "Join type",
      value: derivedFacts.joinType,
      display: derivedFacts.joinType ? labelOf(joinTypeLabels, derivedFacts.joinType) : undefined,
      source: derived("the first domainJoinConfigurations entry (domainJoinType, or the deprecated type)"),
    },
    { label: "Network connection id", value: derivedFacts.networkConnectionId, source: derived("the first domainJoinConfigurations entry (onPremisesConnectionId)") },
    { label: "Region", value: first?.regionName ?? null, source: graph("domainJoinConfigurations[0].regionName") },
    {
      label: "Domain join configurations",
      value: policy.domainJoinConfigurations === undefined || policy.domainJoinConfigurations === null ? null : `${configurations.length}`,
      source: graph("cloudPcProvisioningPolicy.domainJoinConfigurations"),
    },
    { label: "Single sign-on", value: policy.enableSingleSignOn ?? null, source: graph("cloudPcProvisioningPolicy.enableSingleSignOn") },
    { label: "Image", value: policy.imageDisplayName ?? null, source: graph("cloudPcProvisioningPolicy.imageDisplayName") },
    { label: "Image id", value: policy.imageId ?? null, source: graph("cloudPcProvisioningPolicy.imageId") },
    { label: "Image type", value: policy.imageType ?? null, source: graph("cloudPcProvisioningPolicy.imageType") },
    { label: "Provisioning type", value: policy.provisioningType ?? null, source: graph("cloudPcProvisioningPolicy.provisioningType") },
    {
      label: "Assignments",
      value: policy.assignments === undefined || policy.assignments === null ? null : `${policy.assignments.length}`,
      source: graph("cloudPcProvisioningPolicy.assignments"),
    },
  ];
}
