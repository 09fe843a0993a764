import { saveTenantSnapshot } from "@/lib/tenant-data/save-snapshot";
import { TenantSnapshot } from "@/lib/validations/snapshot";
import { buildContosoSnapshot } from "@/prisma/demo";
import type { AuditActor } from "@/lib/audit/record";

/** Fixtures of the inventory tests; not used by the app. */

export const adminActor: AuditActor = { id: "acc-admin", email: "ada@example.test", role: "admin" };

/** Saves the Contoso demo under another name, so each test file edits a tenant of its own. */
export async function seedContoso(displayName: string): Promise<string> {
  const snapshot = TenantSnapshot.parse(buildContosoSnapshot());
  snapshot.tenant.displayName = displayName;
  return (await saveTenantSnapshot(snapshot, { mode: "replace" })).tenantId;
}
