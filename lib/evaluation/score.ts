import type { Severity } from "@/lib/validations/enums";
import type { RuleTally } from "./counts";

/**
 * The posture score, 0..100 (docs/posture-score.md explains the formula with a worked example).
 *
 * Each rule can cost at most its severity's points; it costs that share of them which matches the
 * weighted share of the entities it evaluated that it finds wrong. Normalising per rule (not by the
 * tenant's size) keeps a tenant-wide failure (no MFA policy: one tenant entity, all of it failing)
 * from being diluted by 100k Cloud PCs, and keeps one bad Cloud PC among 100k from sinking the score.
 */

/** Most points a rule can cost: four critical rules failing everywhere bring a tenant to 0. */
export const severityPoints: Record<Severity, number> = { critical: 25, high: 10, medium: 4, low: 1, info: 0 };

/**
 * How much one finding weighs. An accepted finding is a risk someone signed for, so it counts a
 * quarter; an unknown (a fact is missing) may well be fine, so it counts a fifth; an accepted
 * unknown counts both discounts.
 */
export const findingWeights = { openFail: 1, openUnknown: 0.2, acceptedFail: 0.25, acceptedUnknown: 0.05 } as const;

/** The points one rule costs, unrounded. */
export function rulePenalty(tally: RuleTally): number {
  const findings = tally.openFail + tally.openUnknown + tally.acceptedFail + tally.acceptedUnknown;
  if (findings === 0) return 0;
  const weighted =
    tally.openFail * findingWeights.openFail +
    tally.openUnknown * findingWeights.openUnknown +
    tally.acceptedFail * findingWeights.acceptedFail +
    tally.acceptedUnknown * findingWeights.acceptedUnknown;
  // A caller that passes only findings (no passes) still gets a share of at most 1.
  const evaluated = Math.max(tally.evaluated, findings);
  return severityPoints[tally.severity] * (weighted / evaluated);
}

/**
 * 100 minus the rules' penalties, clamped to 0..100 and rounded to one decimal. Null when no rule
 * evaluated anything: an empty tenant has no posture to score, which is not the same as a perfect one.
 */
export function postureScore(tallies: Iterable<RuleTally>): number | null {
  let seen = 0;
  let penalty = 0;
  for (const tally of tallies) {
    seen += tally.evaluated + tally.openFail + tally.openUnknown + tally.acceptedFail + tally.acceptedUnknown;
    penalty += rulePenalty(tally);
  }
  if (seen === 0) return null;
  const score = Math.min(100, Math.max(0, 100 - penalty));
  return Math.round(score * 10) / 10;
}
