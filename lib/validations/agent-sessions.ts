import { z } from "zod";
import { TableParams } from "./table-params";

const sourceId = z.string().trim().min(1).max(200);

/**
 * The URL of the agent session list (and of its CSV exports): who, which pool or Cloud PC, how it
 * ended, and which rule it violates. `violation` is `any`, `none` or an AGT rule id; a violation is a
 * failed finding of the latest evaluation that is open or accepted.
 */
export const AgentSessionListParams = TableParams.extend({
  agent: sourceId.optional().catch(undefined),
  pool: sourceId.optional().catch(undefined),
  cloudPc: sourceId.optional().catch(undefined),
  outcome: z.string().trim().min(1).max(40).optional().catch(undefined),
  violation: z
    .union([z.enum(["any", "none"]), z.string().regex(/^AGT-\d{3}$/)])
    .optional()
    .catch(undefined),
  sort: z.enum(["startedAt", "-startedAt"]).catch("-startedAt"),
});
export type AgentSessionListParams = z.infer<typeof AgentSessionListParams>;
export type AgentSessionFilters = Omit<AgentSessionListParams, "page" | "pageSize">;

export const AgentEventImportInput = z.object({
  tenantId: z.string().min(1).max(100),
  dryRun: z.enum(["1", "0"]).catch("1"),
  expectedPlanHash: z.string().regex(/^[0-9a-f]{64}$/).optional().catch(undefined),
});
