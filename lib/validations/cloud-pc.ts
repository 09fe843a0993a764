import { z } from "zod";
import { InstalledUpdate } from "./snapshot";
import { newSourceId, optionalText, RecordRef, requiredText, triState, userPrincipalName } from "./form-fields";

/**
 * Installed cumulative updates as the form takes them: one per line, "KB5065789 2025-09" (the KB number
 * and its release month). Each line is checked with the snapshot's own schema.
 */
export const installedUpdatesText = z
  .string()
  .max(4000, "List at most a few hundred updates")
  .optional()
  .transform((text, ctx) => {
    const lines = (text ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    if (lines.length === 0) return null;
    const updates: z.infer<typeof InstalledUpdate>[] = [];
    lines.forEach((line, index) => {
      const [kb = "", month = "", ...rest] = line.split(/[\s,;]+/);
      const parsed = InstalledUpdate.safeParse({ kb: kb.toUpperCase(), month });
      if (!parsed.success || rest.length > 0) {
        ctx.addIssue({ code: "custom", message: `Line ${index + 1} ("${line.slice(0, 40)}"): write the KB number and its month, e.g. KB5065789 2025-09` });
        return;
      }
      updates.push(parsed.data);
    });
    return updates;
  });

const osRelease = optionalText(20).refine(
  (value) => value === null || /^(\d{2}H[12]|\d{4})$/i.test(value),
  "Write a Windows release such as 24H2 (or the older 2004 form)",
);

/** The facts of a Cloud PC an admin records by hand. Its join type is not among them: it comes from the policy. */
const CloudPcFields = z.object({
  displayName: requiredText(400, "The name"),
  userPrincipalName: z.union([z.literal(""), userPrincipalName]).optional().transform((value) => (value ? value : null)),
  provisioningPolicyId: optionalText(200),
  status: optionalText(60),
  osVersion: optionalText(40),
  osEdition: optionalText(60),
  osRelease: osRelease,
  osBuild: optionalText(40),
  installedUpdates: installedUpdatesText,
  servicePlanName: optionalText(400),
  productType: optionalText(40),
  imageDisplayName: optionalText(400),
  ssoApplied: triState,
  smartCardDriversInstalled: triState,
  agentPoolId: optionalText(200),
});
export type CloudPcFields = z.infer<typeof CloudPcFields>;

export const CreateCloudPcInput = CloudPcFields.extend({ id: newSourceId });
export type CreateCloudPcInput = z.infer<typeof CreateCloudPcInput>;

export const UpdateCloudPcInput = CloudPcFields.extend(RecordRef.shape);
export type UpdateCloudPcInput = z.infer<typeof UpdateCloudPcInput>;

