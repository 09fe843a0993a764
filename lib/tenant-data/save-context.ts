import type { Prisma } from "@/lib/db";
import type { TenantSnapshot } from "@/lib/validations/snapshot";

/** What every section of a save shares: the transaction, the tenant row and the snapshot being saved. */
export interface SaveContext {
  tx: Prisma.TransactionClient;
  tenantId: string;
  snapshot: TenantSnapshot;
  /** `merge` keeps rows the snapshot does not list; `replace` removes them. */
  merge: boolean;
}
