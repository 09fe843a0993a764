import { severities, type EntityType, type Severity } from "../validations/enums";
import { getRule, ruleCatalog } from "./catalog";
import type { EvidenceItem, RuleId, RuleResult } from "./types";

/** A verdict worth acting on (fail or unknown), with its rule's severity and title attached. */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  status: "fail" | "unknown";
  entityType: EntityType;
  entityId: string;
  entityName: string;
  title: string;
  evidence: EvidenceItem[];
  missing?: string;
}

/** critical = 0 ... info = 4: lower is worse. */
export const severityRank = (severity: Severity) => severities.indexOf(severity);
const catalogPosition = new Map(ruleCatalog.map((rule, position) => [rule.id, position]));

/** Fails and unknowns, worst first: severity, then fail before unknown, then catalog order, then entity name. */
export function toFindings(results: readonly RuleResult[]): Finding[] {
  const findings: Finding[] = [];
  for (const result of results) {
    if (result.status === "pass") continue;
    const rule = getRule(result.ruleId);
    findings.push({
      ruleId: result.ruleId,
      severity: rule.severity,
      status: result.status,
      entityType: result.entityType,
      entityId: result.entityId,
      entityName: result.entityName,
      title: rule.title,
      evidence: result.evidence,
      ...(result.missing ? { missing: result.missing } : {}),
    });
  }
  return findings.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      Number(a.status === "unknown") - Number(b.status === "unknown") ||
      (catalogPosition.get(a.ruleId) ?? 0) - (catalogPosition.get(b.ruleId) ?? 0) ||
      a.entityName.localeCompare(b.entityName),
  );
}

/** Whether a failed finding at or above `threshold` exists (the CLI's --fail-on). Unknowns never count. */
export const hasFailureAtOrAbove = (findings: readonly Finding[], threshold: Severity) =>
  findings.some((finding) => finding.status === "fail" && severityRank(finding.severity) <= severityRank(threshold));

export const evidenceText = (evidence: readonly EvidenceItem[]) => evidence.map((item) => `${item.label}: ${item.value === null ? "not recorded" : String(item.value)}`).join("; ");
