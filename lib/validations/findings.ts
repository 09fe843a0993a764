import { z } from "zod";
import { TableParams } from "./table-params";
import { EntityType, FindingStatus, Phase, Severity } from "./enums";

export const FindingListParams = TableParams.extend({
  severity: Severity.optional().catch(undefined),
  status: FindingStatus.optional().catch(undefined),
  ruleId: z.string().regex(/^[A-Z]{3,4}-\d{3}$/).optional().catch(undefined),
  entityType: EntityType.optional().catch(undefined),
  phase: Phase.optional().catch(undefined),
  stalls: z.enum(["1"]).optional().catch(undefined),
  verdict: z.enum(["fail", "unknown"]).optional().catch(undefined),
});
export type FindingListParams = z.infer<typeof FindingListParams>;
