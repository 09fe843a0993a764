import type { AgentEventImportResult } from "./agent-events";
import { importEntities, type ImportEntity } from "./agent-events";
import type { ImportPreview, ImportResult } from "./import-files";
import type { ImportIssue } from "./issues";
import type { FileSummary } from "./summaries";

const labels: Record<ImportEntity, string> = {
  agentIdentities: "Agent identities",
  agentPools: "Agent pools",
  cloudPcs: "Cloud PCs (pool membership)",
  agentSessions: "Agent sessions",
  agentSessionEvents: "Agent session events",
};

/**
 * The agent session event importer's answer in the shape of every other import, so the upload page
 * and the CLI show it the same way. Its own preview hash guards its commit.
 */
export function agentLogResult(
  file: string,
  result: AgentEventImportResult,
  files: FileSummary[],
  tenant: { id: string; displayName: string },
  refuse: (issues: ImportIssue[]) => ImportResult,
): ImportResult {
  if (!result.ok) {
    const issues = result.errors.map((error) => ({ file, location: error.line === null ? undefined : `line ${error.line}`, message: error.message }));
    const refusal = refuse(issues.length > 0 ? issues : [{ file, message: result.message }]);
    return refusal.ok ? refusal : { ...refusal, issueCount: Math.max(result.errorCount, issues.length) };
  }
  const { preview } = result;
  const sessions = preview.samples.sessions;
  const entities: ImportPreview["entities"] = importEntities.map((type) => ({
    type,
    label: labels[type],
    new: preview.counts[type].new,
    changed: preview.counts[type].changed,
    removed: 0,
    unchanged: preview.counts[type].unchanged,
    samples:
      type === "agentSessions"
        ? sessions.map((s) => ({
            change: s.change,
            id: s.sessionId,
            name: `agent ${s.agentId}, started ${s.startedAt}`,
            fields: [`${s.newEvents} new and ${s.changedEvents} changed events`],
          }))
        : [],
  }));
  return {
    ok: true,
    committed: result.committed,
    preview: {
      tenantId: tenant.id,
      tenantName: tenant.displayName,
      files,
      entities,
      completeCollections: [],
      removeMissing: false,
      planHash: preview.planHash,
      changes: preview.changes,
    },
  };
}
