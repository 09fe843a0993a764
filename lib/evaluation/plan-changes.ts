import { getRule } from "@/lib/rules/catalog";
import type { RuleResult } from "@/lib/rules/types";
import { severities, type Phase, type Severity } from "@/lib/validations/enums";
import { countChange, countFinding, emptyRuleTally, emptyRunCounts, type RunCounts } from "./counts";
import type { FindingInsertRow, FindingUpdateRow, RunChangeRow } from "./sql";

/** The columns of a stored finding that the diff reads. */
export interface StoredFinding {
  id: string;
  ruleId: string;
  entityType: string;
  entityId: string;
  entityName: string;
  severity: string;
  stalls: boolean;
  phase: string;
  verdict: string;
  status: string;
  evidenceJson: string;
  missing: string | null;
  relatedUserId: string | null;
  relatedCloudPcId: string | null;
  relatedClientId: string | null;
}

export interface RuleMeta {
  severity: Severity;
  stalls: boolean;
  phase: Phase;
}

/** A rule's severity, stalls and phase from the catalog. */
export function catalogMeta(ruleId: string): RuleMeta {
  const rule = getRule(ruleId);
  if (!rule) throw new Error(`Rule ${ruleId} is not in the catalog`);
  return { severity: rule.severity, stalls: rule.stalls, phase: rule.phase };
}

export interface PlanInput {
  tenantId: string;
  runId: string;
  now: Date;
  /** The run's results, tallied (passes included: they count as evaluated). */
  tally: ResultTally;
  /** Every finding of the tenant, whatever its status. */
  existing: readonly StoredFinding[];
  /** Findings with an exception that is neither revoked nor expired at `now`. */
  acceptedIds: ReadonlySet<string>;
  ruleMeta: (ruleId: string) => RuleMeta;
  newId: () => string;
}

export interface ChangePlan {
  inserts: FindingInsertRow[];
  updates: FindingUpdateRow[];
  resolveIds: string[];
  changes: RunChangeRow[];
  counts: RunCounts;
}

/** A finding's identity across runs: rule + entity (the tenant is implied). */
const identity = (ruleId: string, entityType: string, entityId: string) => `${ruleId}\u0001${entityType}\u0001${entityId}`;

const asSeverity = (value: string): Severity => ((severities as readonly string[]).includes(value) ? (value as Severity) : "info");

/**
 * Pass 1 of the diff, fed one rule's results at a time: tallies every result and keeps only the
 * fail/unknown ones. A pass leaves nothing behind but its counts, so the caller need not hold a whole
 * tenant's results (most of them passes) while the rest of the catalog runs.
 */
export class ResultTally {
  readonly counts = emptyRunCounts();
  /** This run's findings by identity: the fail and unknown results. */
  readonly reported = new Map<string, RuleResult>();
  private readonly entities = new Map<string, Set<string>>();

  constructor(private readonly ruleMeta: (ruleId: string) => RuleMeta) {}

  add(results: Iterable<RuleResult>): this {
    const { counts, reported } = this;
    for (const result of results) {
      counts.results++;
      let ids = this.entities.get(result.entityType);
      if (!ids) this.entities.set(result.entityType, (ids = new Set()));
      ids.add(result.entityId);
      (counts.byRule[result.ruleId] ??= emptyRuleTally(this.ruleMeta(result.ruleId).severity)).evaluated++;
      if (result.status === "pass") continue;
      const key = identity(result.ruleId, result.entityType, result.entityId);
      // Should a rule ever report an entity twice, a known violation outranks a missing fact.
      const earlier = reported.get(key);
      if (!earlier || (earlier.status === "unknown" && result.status === "fail")) reported.set(key, result);
    }
    return this;
  }

  /** Distinct entities (type + id) any rule evaluated. */
  entityCount(): number {
    let count = 0;
    for (const ids of this.entities.values()) count += ids.size;
    return count;
  }
}

/**
 * Decides, without touching the database, what a run changes: which findings to create, rewrite
 * (status or details changed) or resolve, and which RunChange rows to record. Linear in the results
 * plus the stored findings, so a 100k-entity tenant plans in well under a second.
 */
export function planFindingChanges(input: PlanInput): ChangePlan {
  const { tenantId, runId, now, acceptedIds, ruleMeta, newId, tally } = input;
  const { counts, reported } = tally;
  counts.entityCount = tally.entityCount();
  const plan: ChangePlan = { inserts: [], updates: [], resolveIds: [], changes: [], counts };

  const existingByKey = new Map<string, StoredFinding>();
  for (const finding of input.existing) existingByKey.set(identity(finding.ruleId, finding.entityType, finding.entityId), finding);

  // Pass 2: each reported finding against its stored row.
  for (const [key, result] of reported) {
    const meta = ruleMeta(result.ruleId);
    const verdict = result.status as "fail" | "unknown";
    const details = {
      entityName: result.entityName,
      severity: meta.severity,
      stalls: meta.stalls,
      phase: meta.phase,
      verdict,
      evidenceJson: JSON.stringify(result.evidence),
      missing: result.missing ?? null,
      relatedUserId: result.related?.userId ?? null,
      relatedCloudPcId: result.related?.cloudPcId ?? null,
      relatedClientId: result.related?.clientId ?? null,
    };
    const tally = counts.byRule[result.ruleId];
    const stored = existingByKey.get(key);
    if (!stored) {
      const id = newId();
      plan.inserts.push({
        id, tenantId, ruleId: result.ruleId, entityType: result.entityType, entityId: result.entityId,
        status: "open", runId, now, ...details,
      });
      plan.changes.push({ id: newId(), runId, findingId: id, change: "new" });
      countChange(counts, meta.severity, "new");
      countFinding(counts, tally, meta.severity, verdict, "open");
      continue;
    }
    const status = acceptedIds.has(stored.id) ? "accepted" : "open";
    // An exception still valid keeps a returning finding accepted; one that lapsed reopens it.
    const change = stored.status === "resolved" ? "reopened" : stored.status === "accepted" && status === "open" ? "expired" : null;
    if (change) {
      plan.changes.push({ id: newId(), runId, findingId: stored.id, change });
      countChange(counts, meta.severity, change);
    }
    if (status !== stored.status || detailsDiffer(stored, details)) plan.updates.push({ id: stored.id, status, ...details });
    countFinding(counts, tally, meta.severity, verdict, status);
  }

  // Open or accepted findings not reported any more: the rule passed or the entity is gone.
  for (const [key, stored] of existingByKey) {
    if (stored.status === "resolved" || reported.has(key)) continue;
    plan.resolveIds.push(stored.id);
    plan.changes.push({ id: newId(), runId, findingId: stored.id, change: "resolved" });
    countChange(counts, asSeverity(stored.severity), "resolved");
  }
  return plan;
}

function detailsDiffer(stored: StoredFinding, next: Omit<FindingUpdateRow, "id" | "status">): boolean {
  return (
    stored.evidenceJson !== next.evidenceJson ||
    stored.verdict !== next.verdict ||
    stored.entityName !== next.entityName ||
    stored.severity !== next.severity ||
    stored.stalls !== next.stalls ||
    stored.phase !== next.phase ||
    stored.missing !== next.missing ||
    stored.relatedUserId !== next.relatedUserId ||
    stored.relatedCloudPcId !== next.relatedCloudPcId ||
    stored.relatedClientId !== next.relatedClientId
  );
}
