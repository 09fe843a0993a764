import "server-only";
import { db } from "@/lib/db";
import { getRule } from "@/lib/rules/catalog";
import { severityRank } from "@/lib/rules/findings";
import type { EvidenceItem } from "@/lib/rules/types";
import type { Severity } from "@/lib/validations/enums";

/**
 * The agent rules' verdicts on sessions, as the latest evaluation persisted them (Finding rows with
 * entityType "agentSession"). Nothing here judges a session: the rule engine did, when it ran.
 */
export interface SessionFinding {
  id: string;
  ruleId: string;
  title: string;
  severity: Severity;
  /** fail: a violation; unknown: a fact the rule needs is not recorded. */
  verdict: "fail" | "unknown";
  /** open or accepted (an accepted risk is still shown, marked as such). */
  status: string;
  missing: string | null;
  evidence: EvidenceItem[];
}

/** Current findings: resolved ones belong to earlier runs. */
export const currentStatuses = ["open", "accepted"];

export function bySeverity(a: SessionFinding, b: SessionFinding): number {
  return severityRank(a.severity) - severityRank(b.severity) || a.ruleId.localeCompare(b.ruleId);
}

/** Current findings of the given sessions (their source ids), worst first, keyed by session. */
export async function findingsOfSessions(tenantId: string, sessionIds: readonly string[]): Promise<Map<string, SessionFinding[]>> {
  const out = new Map<string, SessionFinding[]>();
  if (sessionIds.length === 0) return out;
  const rows = await db.finding.findMany({
    where: { tenantId, entityType: "agentSession", entityId: { in: [...sessionIds] }, status: { in: currentStatuses } },
    select: { id: true, ruleId: true, entityId: true, severity: true, verdict: true, status: true, missing: true, evidenceJson: true },
  });
  for (const row of rows) {
    const finding: SessionFinding = {
      id: row.id,
      ruleId: row.ruleId,
      title: getRule(row.ruleId)?.title ?? row.ruleId,
      severity: row.severity as Severity,
      verdict: row.verdict === "unknown" ? "unknown" : "fail",
      status: row.status,
      missing: row.missing,
      evidence: JSON.parse(row.evidenceJson) as EvidenceItem[],
    };
    const list = out.get(row.entityId) ?? [];
    list.push(finding);
    out.set(row.entityId, list);
  }
  for (const list of out.values()) list.sort(bySeverity);
  return out;
}

/** The event ids a finding's evidence points at, in evidence order. */
export function evidenceEventIds(finding: Pick<SessionFinding, "evidence">): string[] {
  return finding.evidence.filter((item) => item.ref?.entityType === "agentSessionEvent").map((item) => item.ref!.entityId);
}
