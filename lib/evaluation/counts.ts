import { severities, type Severity } from "@/lib/validations/enums";

/**
 * What one rule saw in one run, the score's input. `evaluated` counts every entity the rule looked at
 * (pass, fail and unknown); the other four split its findings by verdict and status after the run.
 */
export interface RuleTally {
  severity: Severity;
  evaluated: number;
  openFail: number;
  openUnknown: number;
  acceptedFail: number;
  acceptedUnknown: number;
}

/** Findings of one severity after the run, and what the run changed. */
export interface SeverityCounts {
  /** Status open, verdict fail. */
  open: number;
  /** Status open, verdict unknown (a missing fact). */
  unknown: number;
  /** Status accepted (an exception that has not expired), either verdict. */
  accepted: number;
  new: number;
  reopened: number;
  expired: number;
  resolved: number;
}

/** A run's counts, stored as the run's countsJson and shown in its summary. */
export interface RunCounts {
  /** Rule results including passes. */
  results: number;
  /** Distinct entities (type + id) any rule evaluated. */
  entityCount: number;
  open: number;
  unknown: number;
  accepted: number;
  new: number;
  /** Resolved findings that came back. */
  reopened: number;
  /** Accepted findings whose exception expired: open again. */
  expired: number;
  /** Open or accepted findings no longer reported (the rule passed, or the entity is gone). */
  resolved: number;
  bySeverity: Record<Severity, SeverityCounts>;
  byRule: Record<string, RuleTally>;
}

export function emptySeverityCounts(): SeverityCounts {
  return { open: 0, unknown: 0, accepted: 0, new: 0, reopened: 0, expired: 0, resolved: 0 };
}

export function emptyRunCounts(): RunCounts {
  const bySeverity = Object.fromEntries(severities.map((s) => [s, emptySeverityCounts()])) as Record<Severity, SeverityCounts>;
  return {
    results: 0, entityCount: 0, open: 0, unknown: 0, accepted: 0, new: 0, reopened: 0, expired: 0, resolved: 0,
    bySeverity, byRule: {},
  };
}

export function emptyRuleTally(severity: Severity): RuleTally {
  return { severity, evaluated: 0, openFail: 0, openUnknown: 0, acceptedFail: 0, acceptedUnknown: 0 };
}

/** Adds one reported finding, in its status after the run, to the counts. */
export function countFinding(counts: RunCounts, tally: RuleTally, severity: Severity, verdict: "fail" | "unknown", status: "open" | "accepted"): void {
  const bucket = counts.bySeverity[severity];
  if (status === "accepted") {
    counts.accepted++;
    bucket.accepted++;
    if (verdict === "fail") tally.acceptedFail++;
    else tally.acceptedUnknown++;
  } else if (verdict === "fail") {
    counts.open++;
    bucket.open++;
    tally.openFail++;
  } else {
    counts.unknown++;
    bucket.unknown++;
    tally.openUnknown++;
  }
}

/** Adds one run change to the totals and its severity. */
export function countChange(counts: RunCounts, severity: Severity, change: "new" | "reopened" | "expired" | "resolved"): void {
  counts[change]++;
  counts.bySeverity[severity][change]++;
}
