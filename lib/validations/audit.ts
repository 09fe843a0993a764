import { z } from "zod";
import { TableParams } from "./table-params";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const AuditListParams = TableParams.extend({
  action: z.string().trim().max(80).regex(/^[A-Za-z.]*$/).optional().catch(undefined),
  actor: z.string().trim().max(320).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  scope: z.enum(["tenant", "all"]).optional().catch(undefined),
});
export type AuditListParams = z.infer<typeof AuditListParams>;
