import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadTenantSnapshot } from "@/lib/tenant-data/load-snapshot";
import { saveTenantSnapshot, type SnapshotCounts } from "@/lib/tenant-data/save-snapshot";
import { importAgentEventLog } from "./agent-events";
import { agentLogResult } from "./agent-log-result";
import { completeCollections, type RemovableSection } from "./graph/completeness";
import type { ImportIssue } from "./issues";
import { importLimits } from "./limits";
import { mergeImport } from "./merge";
import { planImport, type EntityChanges } from "./plan/plan";
import { readUploadedFiles } from "./read-files";
import { entityTypeLabels, previewEntityTypes } from "./sections";
import { summarizeFiles, type FileSummary } from "./summaries";
import type { UploadFile } from "./upload-file";

// No `import "server-only"`: the CLI (tsx) imports this module too.

export interface ImportOptions {
  /** Read, check and compare with the tenant, but write nothing: the preview. */
  dryRun: boolean;
  /** Remove what complete Graph collections in the files no longer list. */
  removeMissing?: boolean;
  /** A commit goes ahead only if it would write exactly what this preview showed. */
  expectedPlanHash?: string;
}

export interface EntityPreview extends EntityChanges {
  type: string;
  label: string;
}

export interface ImportPreview {
  tenantId: string;
  tenantName: string;
  files: FileSummary[];
  entities: EntityPreview[];
  /** Collections held whole, whose unlisted entities the admin may choose to remove. */
  completeCollections: RemovableSection[];
  removeMissing: boolean;
  planHash: string;
  /** Whether anything would be (or was) created, changed or removed. */
  changes: boolean;
}

export type ImportResult =
  | { ok: true; committed: boolean; preview: ImportPreview; counts?: SnapshotCounts }
  | { ok: false; message: string; issues: ImportIssue[]; issueCount: number; files: FileSummary[] };

/**
 * Imports Graph responses and CSV files (or one agent session event log) into a tenant. The files
 * are read and merged onto the tenant's stored snapshot in memory; the preview diffs the result with
 * the stored rows, and the commit saves it with saveTenantSnapshot, in one transaction, matching rows
 * on their source ids, so the same files twice change nothing. Any bad file refuses the whole import
 * and nothing is written.
 */
export async function importFiles(tenantId: string, uploads: UploadFile[], actor: AuditActor | null, options: ImportOptions): Promise<ImportResult> {
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { id: true, displayName: true } });
  if (!tenant) throw new DomainError("not_found", "That tenant does not exist.");

  const read = await readUploadedFiles(uploads);
  const files = summarizeFiles(read);
  if (read.issues.length > 0) return refused(read.issues, files);
  if (read.agentLogs.length === 1) {
    const log = read.agentLogs[0];
    const result = await importAgentEventLog(tenantId, log.text, actor, { dryRun: options.dryRun, expectedPlanHash: options.expectedPlanHash });
    return agentLogResult(log.file, result, files, tenant, (issues) => refused(issues, files));
  }

  const current = await loadTenantSnapshot(tenantId);
  const merge = mergeImport(current, read.graph, read.csv);
  if (merge.issues.length > 0) return refused(merge.issues, files);
  const whole = completeCollections(read.graph);
  const plan = await planImport(tenantId, current, merge, options.removeMissing ? whole : new Set());
  const preview: ImportPreview = {
    tenantId,
    tenantName: tenant.displayName,
    files,
    entities: previewEntityTypes.flatMap((type) => {
      const changes = plan.entities[type];
      return changes ? [{ type, label: entityTypeLabels[type].many, ...changes }] : [];
    }),
    completeCollections: [...whole],
    removeMissing: options.removeMissing === true && whole.size > 0,
    planHash: plan.hash,
    changes: plan.changes,
  };
  if (options.dryRun) return { ok: true, committed: false, preview };

  if (options.expectedPlanHash && options.expectedPlanHash !== plan.hash) {
    return refused([{ file: "(tenant)", message: "the tenant's data changed after the preview, so the import would now write something else: preview the files again" }], files);
  }
  const counts = plan.changes ? (await saveTenantSnapshot(plan.save.snapshot, { mode: plan.save.mode, actor: actor ?? undefined })).counts : undefined;
  await recordAudit({
    actor,
    action: "import.committed",
    tenantId,
    entityType: "tenant",
    entityId: tenantId,
    summary: `Imported ${files.length} file${files.length === 1 ? "" : "s"} into ${tenant.displayName}: ${summarize(preview)}`,
    after: { files: files.map((f) => ({ file: f.file, collection: f.collection, items: f.items })), mode: plan.save.mode, counts: counts ?? null },
  });
  return { ok: true, committed: true, preview, counts };
}

function refused(issues: ImportIssue[], files: FileSummary[]): ImportResult {
  const count = issues.length;
  return {
    ok: false,
    message: `Nothing was imported: ${count === 1 ? "1 problem" : `${count} problems`} in the files. The tenant is unchanged.`,
    issues: issues.slice(0, importLimits.maxIssues),
    issueCount: count,
    files,
  };
}

export function summarize(preview: Pick<ImportPreview, "entities">): string {
  const total = (kind: "new" | "changed" | "removed") => preview.entities.reduce((sum, e) => sum + e[kind], 0);
  return `${total("new")} new, ${total("changed")} changed, ${total("removed")} removed`;
}
