import type { ConfigurationAssignment } from "../../lib/validations/snapshot";
import { entityId, type TenantContext } from "./tenant";

export interface ConfigurationAssignmentInput {
  key: string;
  displayName: string;
  managementType: "intune" | "groupPolicy";
  target: "user" | "device";
  userId?: string | null;
  cloudPcId?: string | null;
  /** A GPO linked to the OU of a policy's Cloud PCs, or a profile assigned to its device group. */
  provisioningPolicyId?: string | null;
}

/** An Intune device configuration profile or a GPO, and what it is assigned to. */
export function makeConfigurationAssignment(ctx: TenantContext, input: ConfigurationAssignmentInput): ConfigurationAssignment {
  return {
    id: entityId(ctx, "configurationAssignment", input.key),
    displayName: input.displayName,
    managementType: input.managementType,
    target: input.target,
    userId: input.userId ?? null,
    cloudPcId: input.cloudPcId ?? null,
    provisioningPolicyId: input.provisioningPolicyId ?? null,
  };
}
