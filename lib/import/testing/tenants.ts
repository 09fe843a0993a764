import { saveTenantSnapshot } from "@/lib/tenant-data/save-snapshot";
import { TenantSnapshot, type TenantSnapshotInput } from "@/lib/validations/snapshot";

/** A tenant of its own for one test, holding `sections` (nothing else unless given). */
export async function createTenant(displayName: string, sections: Partial<TenantSnapshotInput> = {}): Promise<string> {
  const snapshot = TenantSnapshot.parse({ snapshotVersion: 1, tenant: { displayName, cloud: "commercial", edition: "enterprise" }, ...sections });
  return (await saveTenantSnapshot(snapshot, { mode: "replace" })).tenantId;
}
