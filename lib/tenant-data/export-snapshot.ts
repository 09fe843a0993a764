import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { loadTenantSnapshot } from "./load-snapshot";

/** The tenant as a snapshot document, ready to download; the export is audited. */
export async function exportTenantSnapshot(tenantId: string, actor: AuditActor, now = new Date()): Promise<{ fileName: string; body: string }> {
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { displayName: true } });
  if (!tenant) throw new DomainError("not_found", "That tenant does not exist.");
  const snapshot = await loadTenantSnapshot(tenantId);
  const body = JSON.stringify({ ...snapshot, exportedAt: now.toISOString() }, null, 2);
  await recordAudit({ actor, action: "export.snapshot", tenantId, entityType: "tenant", entityId: tenantId, summary: `Exported ${tenant.displayName} as a snapshot` });
  const safeName = tenant.displayName.replace(/[^A-Za-z0-9._-]+/g, "-").toLowerCase();
  return { fileName: `${safeName}-snapshot-${now.toISOString().slice(0, 10)}.json`, body };
}
