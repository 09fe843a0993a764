import { db, type Prisma } from "@/lib/db";

export interface AuditActor {
  id?: string;
  email?: string;
  role?: string;
}

export interface AuditInput {
  actor: AuditActor | null;
  action: string;
  summary: string;
  tenantId?: string | null;
  entityType?: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
}

type Writer = Pick<Prisma.TransactionClient, "auditEvent">;

/** Writes one audit event; pass the transaction client to make it part of a change. */
export async function recordAudit(input: AuditInput, tx: Writer = db): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      actorRole: input.actor?.role ?? null,
      tenantId: input.tenantId ?? null,
      action: input.action,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      summary: input.summary.slice(0, 1000),
      beforeJson: input.before === undefined ? null : JSON.stringify(input.before),
      afterJson: input.after === undefined ? null : JSON.stringify(input.after),
    },
  });
}
