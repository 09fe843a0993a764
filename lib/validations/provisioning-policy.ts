import { z } from "zod";
import { optionalText, RecordRef, requiredText, triState } from "./form-fields";

/**
 * The SSO and join facts of a provisioning policy. The join type and network connection are written to
 * the policy's first domain join configuration, the one Windows 365 uses first.
 */
export const UpdateProvisioningPolicyInput = z
  .object({
    displayName: requiredText(400, "The name"),
    description: optionalText(2000),
    // Graph's join types are an evolvable enum: a value Sightline does not know yet is kept, not refused.
    joinType: optionalText(40),
    networkConnectionId: optionalText(200),
    regionName: optionalText(100),
    enableSingleSignOn: triState,
  })
  .extend(RecordRef.shape)
  .superRefine((policy, ctx) => {
    // Windows 365 cannot provision a hybrid-joined Cloud PC without an Azure network connection.
    if (policy.joinType === "hybridAzureADJoin" && !policy.networkConnectionId) {
      ctx.addIssue({ code: "custom", path: ["networkConnectionId"], message: "A hybrid-joined policy needs an Azure network connection" });
    }
  });
export type UpdateProvisioningPolicyInput = z.infer<typeof UpdateProvisioningPolicyInput>;
