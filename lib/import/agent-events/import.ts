import crypto from "node:crypto";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { db, Prisma, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { applyPlan } from "./apply";
import { parseAgentEventLog, type LogError } from "./parse";
import { importEntities, planImport, type ChangeCounts, type ImportEntity, type ImportPlan } from "./plan";
import { readStoredState } from "./stored-state";

// No `import "server-only"`: the CLI (tsx) imports this module too.

export interface AgentEventImportPreview {
  tenantId: string;
  tenantName: string;
  counts: Record<ImportEntity, ChangeCounts>;
  samples: ImportPlan["samples"];
  /** Identifies exactly what would be written; a commit can insist on it (see `expectedPlanHash`). */
  planHash: string;
  /** Whether anything would be (or was) created or changed. */
  changes: boolean;
}

export type AgentEventImportResult =
  | { ok: true; committed: boolean; preview: AgentEventImportPreview }
  | { ok: false; message: string; errors: LogError[]; errorCount: number };

export interface ImportOptions {
  /** Parse, check and compare with the database, but write nothing. */
  dryRun: boolean;
  /** When set, the commit goes ahead only if it would write exactly what this preview showed. */
  expectedPlanHash?: string;
}

// A large log (100k events) takes a while to write; Prisma's 5 s default would abort it.
const commitTimeoutMs = 10 * 60_000;

/**
 * Imports an agent session event log (JSON Lines, docs/agent-session-events.md) into a tenant. Agents,
 * pools, Cloud PCs, sessions and events are matched on their ids, so the same file twice changes
 * nothing. A file with any bad line is refused whole, with the line numbers, and nothing is written.
 */
export async function importAgentEventLog(tenantId: string, text: string, actor: AuditActor | null, options: ImportOptions): Promise<AgentEventImportResult> {
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { id: true, displayName: true } });
  if (!tenant) throw new DomainError("not_found", "That tenant does not exist.");

  const parsed = parseAgentEventLog(text);
  if (!parsed.ok) return refused(parsed.errors, parsed.errorCount);
  const { log } = parsed;

  if (options.dryRun) {
    const planned = planImport(log, await readStoredState(db, tenantId, log));
    if (!planned.ok) return refused(planned.errors, planned.errors.length);
    return { ok: true, committed: false, preview: preview(tenant, planned.plan) };
  }

  return transaction(
    async (tx, sql) => {
      // Take the write lock before reading, so the plan is made on the rows it will write over.
      await tx.$executeRaw(Prisma.sql`UPDATE "Tenant" SET "dataUpdatedAt" = "dataUpdatedAt" WHERE "id" = ${tenantId}`);
      const planned = planImport(log, await readStoredState(tx, tenantId, log));
      if (!planned.ok) return refused(planned.errors, planned.errors.length);
      const result = preview(tenant, planned.plan);
      if (options.expectedPlanHash && options.expectedPlanHash !== result.planHash) {
        return {
          ok: false as const,
          message: "The tenant's agent data changed after the preview, so the import would now write something else. Preview the file again.",
          errors: [],
          errorCount: 0,
        };
      }
      if (result.changes) {
        await applyPlan(tx, sql, tenantId, planned.plan);
        await tx.tenant.update({ where: { id: tenantId }, data: { dataUpdatedAt: new Date() }, select: { id: true } });
      }
      await recordAudit(
        {
          actor,
          action: "agentEvents.imported",
          tenantId,
          entityType: "tenant",
          entityId: tenantId,
          summary: `Imported an agent session event log into ${tenant.displayName}: ${summarize(result.counts)}`,
          after: { counts: result.counts },
        },
        tx,
      );
      return { ok: true as const, committed: true, preview: result };
    },
    { timeoutMs: commitTimeoutMs },
  );
}

function refused(errors: LogError[], errorCount: number): AgentEventImportResult {
  const lines = errorCount === 1 ? "1 problem" : `${errorCount} problems`;
  return { ok: false, message: `The event log was not imported: ${lines}. Nothing was written.`, errors, errorCount };
}

function preview(tenant: { id: string; displayName: string }, plan: ImportPlan): AgentEventImportPreview {
  const { counts, samples, ...writes } = plan;
  return {
    tenantId: tenant.id,
    tenantName: tenant.displayName,
    counts,
    samples,
    planHash: crypto.createHash("sha256").update(JSON.stringify(writes)).digest("hex"),
    changes: importEntities.some((entity) => counts[entity].new + counts[entity].changed > 0),
  };
}

export function summarize(counts: Record<ImportEntity, ChangeCounts>): string {
  const total = (change: keyof ChangeCounts) => importEntities.reduce((sum, entity) => sum + counts[entity][change], 0);
  return `${total("new")} new, ${total("changed")} changed, ${total("unchanged")} unchanged`;
}
