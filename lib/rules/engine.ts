import type { TenantSnapshot } from "../validations/snapshot";
import { ruleCatalog } from "./catalog";
import { buildTenantIndex, type TenantIndex } from "./tenant-index";
import type { RuleId, RuleResult } from "./types";

export interface EvaluateOptions {
  /** The evaluation's clock, passed to every rule: the engine never reads the system time. */
  now: Date;
  /** Evaluate only these rules (catalog order is kept); all rules when absent. */
  ruleIds?: readonly RuleId[];
}

/**
 * Runs the catalog over an index built earlier, handing each rule's results to `take` as soon as the
 * rule is done. A caller that keeps only some of them (an evaluation run keeps the failures and counts
 * the passes) then never holds them all: on a 100k Cloud PC tenant that is ~760k results, most of
 * them passes, whose survival made garbage collection most of the evaluation's time.
 */
export function evaluateEachRule(index: TenantIndex, { now, ruleIds }: EvaluateOptions, take: (results: RuleResult[]) => void): void {
  const selected = ruleIds ? new Set<string>(ruleIds) : null;
  for (const rule of ruleCatalog) {
    if (selected && !selected.has(rule.id)) continue;
    take(rule.evaluate({ index, now }));
  }
}

/** Runs the catalog over an index built earlier, e.g. one the caller reuses for the capability matrix. */
export function evaluateIndex(index: TenantIndex, options: EvaluateOptions): RuleResult[] {
  const results: RuleResult[] = [];
  evaluateEachRule(index, options, (ruleResults) => {
    for (const result of ruleResults) results.push(result);
  });
  return results;
}

/** The pure core: tenant snapshot in, verdicts out. Returns the index too so callers need not build it twice. */
export function evaluateTenant(snapshot: TenantSnapshot, options: EvaluateOptions): { results: RuleResult[]; index: TenantIndex } {
  const index = buildTenantIndex(snapshot);
  return { results: evaluateIndex(index, options), index };
}
