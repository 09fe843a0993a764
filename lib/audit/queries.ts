import "server-only";
import { db, type Prisma, textContains } from "@/lib/db";
import type { AuditListParams } from "@/lib/validations/audit";

export const auditSelect = {
  id: true, at: true, actorEmail: true, actorRole: true, tenantId: true, action: true, entityType: true,
  entityId: true, summary: true, beforeJson: true, afterJson: true,
} satisfies Prisma.AuditEventSelect;

export type AuditRow = Prisma.AuditEventGetPayload<{ select: typeof auditSelect }>;

/**
 * The audit page's filter, shared by its CSV export. By default the selected tenant's events and the
 * events that belong to no tenant (sign-ins, accounts); `scope=all` shows every tenant's.
 */
export function auditWhere(tenantId: string | null, p: Omit<AuditListParams, "page" | "pageSize" | "sort" | "q">): Prisma.AuditEventWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (p.from) at.gte = new Date(`${p.from}T00:00:00.000Z`);
  if (p.to) at.lt = new Date(new Date(`${p.to}T00:00:00.000Z`).getTime() + 86_400_000);
  return {
    ...(p.scope !== "all" && tenantId ? { OR: [{ tenantId }, { tenantId: null }] } : {}),
    ...(p.action ? { action: { startsWith: p.action } } : {}),
    ...(p.actor ? { actorEmail: textContains(p.actor.toLowerCase()) } : {}),
    ...(p.from || p.to ? { at } : {}),
  };
}

export async function listAuditEvents(tenantId: string | null, params: AuditListParams): Promise<{ items: AuditRow[]; total: number }> {
  const where = { ...auditWhere(tenantId, params), ...(params.q ? { summary: textContains(params.q) } : {}) };
  const [items, total] = await Promise.all([
    db.auditEvent.findMany({ where, select: auditSelect, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (params.page - 1) * params.pageSize, take: params.pageSize }),
    db.auditEvent.count({ where }),
  ]);
  return { items, total };
}

/** The distinct actions recorded, for the filter's choices. */
export async function listAuditActions(): Promise<string[]> {
  const rows = await db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
