import type { AuditActor } from "@/lib/audit/record";
import { jsonHazard } from "@/lib/import/json-hazards";
import { importLimits } from "@/lib/import/limits";
import { parseSnapshot, type SnapshotIssue } from "@/lib/snapshot/parse";
import { saveTenantSnapshot, type SnapshotCounts } from "./save-snapshot";

export const MAX_SNAPSHOT_BYTES = 200_000_000;

export type ImportSnapshotResult =
  | { ok: true; tenantId: string; tenantName: string; counts: SnapshotCounts }
  | { ok: false; message: string; issues: SnapshotIssue[] };

/**
 * Validates a snapshot document and replaces the tenant of the same name with it, in one transaction.
 * Invalid input changes nothing and is answered with the JSON paths of the problems. Nesting too deep
 * for the save to walk, and `__proto__` properties, are refused as in a Graph import (jsonHazard).
 */
export async function importTenantSnapshot(text: string, actor: AuditActor): Promise<ImportSnapshotResult> {
  if (text.length > MAX_SNAPSHOT_BYTES) return { ok: false, message: "The snapshot is too large.", issues: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The file is not valid JSON: ${(error as Error).message}`, issues: [] };
  }
  const hazard = jsonHazard(json, importLimits.maxJsonDepth);
  if (hazard) return { ok: false, message: "The snapshot is not valid (1 problem).", issues: [hazard] };
  const parsed = parseSnapshot(json);
  if (!parsed.ok) return { ok: false, message: `The snapshot is not valid (${parsed.issues.length} problem${parsed.issues.length === 1 ? "" : "s"}).`, issues: parsed.issues.slice(0, 50) };
  const { tenantId, counts } = await saveTenantSnapshot(parsed.snapshot, { mode: "replace", actor });
  return { ok: true, tenantId, tenantName: parsed.snapshot.tenant.displayName, counts };
}
