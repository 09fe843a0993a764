import { z } from "zod";

export const RunEvaluationInput = z.object({ tenantId: z.string().min(1).max(100) });
