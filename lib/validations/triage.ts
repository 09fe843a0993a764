import { z } from "zod";

const findingIds = z
  .array(z.string().min(1).max(100))
  .min(1, "Select at least one finding")
  .max(500, "Select at most 500 findings at once");

export const AcceptRiskInput = z.object({
  findingIds,
  reason: z.string().trim().min(10, "Say why the risk is accepted (at least 10 characters)").max(1000),
  owner: z.string().trim().min(2, "Name who owns the risk").max(200),
  expiresAt: z.coerce
    .date({ error: "Give the date the acceptance expires" })
    .refine((d) => d.getTime() > Date.now(), "The expiry must be in the future")
    .refine((d) => d.getTime() < Date.now() + 366 * 24 * 3600 * 1000, "Accept a risk for a year at most, then review it"),
});

export const ReopenInput = z.object({
  findingIds,
  reason: z.string().trim().max(1000).optional(),
});
