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

/** Runs the catalog over an index built earlier, e.g. one the caller reuses for the capability matrix. */
export function evaluateIndex(index: TenantIndex, { now, ruleIds }: EvaluateOptions): RuleResult[] {
  const selected = ruleIds ? new Set<string>(ruleIds) : null;
  const results: RuleResult[] = [];
  for (const rule of ruleCatalog) {
    if (selected && !selected.has(rule.id)) continue;
    for (const result of rule.evaluate({ index, now })) results.push(result);
  }
  return results;
}

/** The pure core: tenant snapshot in, verdicts out. Returns the index too so callers need not build it twice. */
export function evaluateTenant(snapshot: TenantSnapshot, options: EvaluateOptions): { results: RuleResult[]; index: TenantIndex } {
  const index = buildTenantIndex(snapshot);
  return { results: evaluateIndex(index, options), index };
}
