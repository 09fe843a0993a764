/**
 * Where a pooled Cloud PC stands between agent sessions (seed 000: the Cloud PC is reset before
 * reuse): serving a session, back in the pool but not reset since its last session, or clean. A state
 * for the pool view, read from the recorded sessions and resets; whether a session actually started
 * on an unreset Cloud PC is AGT-001's verdict, which the session pages take from the findings.
 */
export const cloudPcPoolStates = ["inUse", "awaitingReset", "clean"] as const;
export type CloudPcPoolState = (typeof cloudPcPoolStates)[number];

export interface CloudPcActivity {
  /** The Cloud PC's latest session by start time, if it served any. */
  latestSession: { startedAt: string; endedAt: string | null } | null;
  /** Its latest recorded reset. */
  lastResetAt: string | null;
}

export function cloudPcPoolState({ latestSession, lastResetAt }: CloudPcActivity): CloudPcPoolState {
  if (!latestSession) return "clean";
  if (!latestSession.endedAt) return "inUse";
  // A reset logged at the end of the session, or any time after, returns the Cloud PC clean.
  if (lastResetAt && Date.parse(lastResetAt) >= Date.parse(latestSession.endedAt)) return "clean";
  return "awaitingReset";
}
