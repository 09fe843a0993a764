import type { Prisma, SqlConnection } from "@/lib/db";
import type { TenantSnapshot } from "@/lib/validations/snapshot";

/** What every section of a save shares: the transaction, the tenant row and the snapshot being saved. */
export interface SaveContext {
  tx: Prisma.TransactionClient;
  /** The same transaction, for bulk writes (bulk-sql.ts). */
  sql: SqlConnection;
  tenantId: string;
  snapshot: TenantSnapshot;
  /** `merge` keeps rows the snapshot does not list; `replace` removes them. */
  merge: boolean;
}
