import { TenantSnapshot } from "../lib/validations/snapshot";
import { saveTenantSnapshot, type SnapshotCounts } from "../lib/tenant-data/save-snapshot";
import { demoTenants } from "./demo";

export interface SeededTenant {
  name: string;
  tenantId: string;
  counts: SnapshotCounts;
}

/**
 * Saves both demo tenants in replace mode: the first run creates them, a later run puts back anything
 * changed since and otherwise writes nothing. Shared by the seed script, the browser tests' setup and
 * the unit tests.
 */
export async function seedDemoTenants(): Promise<SeededTenant[]> {
  const seeded: SeededTenant[] = [];
  for (const demo of demoTenants) {
    // Parsed like any imported snapshot, so a factory mistake fails here with the path to the bad field.
    const snapshot = TenantSnapshot.parse(demo.snapshot);
    const { tenantId, counts } = await saveTenantSnapshot(snapshot, { mode: "replace", actor: { email: "seed" } });
    seeded.push({ name: snapshot.tenant.displayName, tenantId, counts });
  }
  return seeded;
}
