import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { DomainError, prismaErrorCode } from "@/lib/errors";
import type { RecordConflictInfo } from "@/lib/actions/result";
import type { ActionResult } from "@/lib/actions/result";
import type { FormValues } from "./form-values";

/**
 * Someone else saved (or deleted) the record since the form was opened. Carries their values in the
 * form's shape, so the form can show them beside the input it keeps.
 */
export class RecordConflict extends DomainError {
  constructor(
    what: string,
    readonly current: { version: number; values: FormValues } | null,
    operation: "save" | "delete" = "save",
  ) {
    super("conflict", conflictMessage(what, current !== null, operation));
  }

  get info(): RecordConflictInfo {
    return { version: this.current?.version ?? null, current: this.current?.values ?? null };
  }
}

function conflictMessage(what: string, exists: boolean, operation: "save" | "delete"): string {
  if (!exists) {
    return operation === "save"
      ? `Someone else deleted this ${what} while you were editing it. Your input is kept below; create it again if it is still needed.`
      : `This ${what} was already deleted.`;
  }
  return operation === "save"
    ? `Someone else saved this ${what} while you were editing it. Your input is kept below: compare it with theirs, then save again or take their values.`
    : `Someone else saved this ${what} since you opened this page. Nothing was deleted: reload to see their changes first.`;
}

/** Runs a save and turns a conflict into the form's result (the action wrapper would keep only the message). */
export async function withConflictResult<T>(save: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await save();
  } catch (error) {
    if (error instanceof RecordConflict) return { ok: false, message: error.message, conflict: error.info };
    throw error;
  }
}

export interface TenantChange {
  actor: AuditActor;
  tenantId: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  before?: unknown;
  after?: unknown;
}

/**
 * What every change to a tenant record does besides the change itself, in the same transaction: an
 * audit event, and the tenant's `dataUpdatedAt`, which tells the overview its findings may be stale.
 */
export async function recordTenantChange(tx: Tx, change: TenantChange): Promise<void> {
  await recordAudit(
    {
      actor: change.actor,
      tenantId: change.tenantId,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      summary: change.summary,
      before: change.before,
      after: change.after,
    },
    tx,
  );
  await tx.tenant.update({ where: { id: change.tenantId }, data: { dataUpdatedAt: new Date() } });
}

/** The columns of `next` whose value differs from `stored`: the audit event's before and after. */
export function changedColumns<Row extends Record<string, unknown>>(stored: Row, next: Partial<Row>): { before: Partial<Row>; after: Partial<Row> } {
  const before: Partial<Row> = {};
  const after: Partial<Row> = {};
  for (const key of Object.keys(next) as (keyof Row)[]) {
    if (stored[key] !== next[key]) {
      before[key] = stored[key];
      after[key] = next[key];
    }
  }
  return { before, after };
}

/** A create that hit the unique source id: a field error on the id rather than a generic failure. */
export function duplicateIdError(error: unknown, what: string): unknown {
  if (prismaErrorCode(error) !== "P2002") return error;
  return new DomainError("invalid", `This tenant already has a ${what} with that id.`, { id: [`Another ${what} already uses this id`] });
}
