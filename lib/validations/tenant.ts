import { z } from "zod";

export const SelectTenantInput = z.object({ tenantId: z.string().min(1, "Choose a tenant").max(100) });
