import { flagValue, textValue, type FormValues } from "@/lib/inventory/form-values";
import { policyJoinType, policyNetworkConnectionId } from "@/lib/rules/facts";
import type { GraphProvisioningPolicy } from "@/lib/validations/snapshot";

/** A provisioning policy's SSO and join facts as its form shows them. */
export function provisioningPolicyFormValues(policy: GraphProvisioningPolicy): FormValues {
  return {
    displayName: policy.displayName,
    description: textValue(policy.description),
    joinType: textValue(policyJoinType(policy)),
    networkConnectionId: textValue(policyNetworkConnectionId(policy)),
    regionName: textValue(policy.domainJoinConfigurations?.[0]?.regionName),
    enableSingleSignOn: flagValue(policy.enableSingleSignOn),
  };
}
