/**
 * The demo's clock. Timestamps are offsets from one fixed instant so snapshots are reproducible and
 * an evaluation run with `now = demoNow` sees the same ages every time.
 */

/** When the demo tenants were "exported": 20 November 2025, 09:00 UTC. */
export const demoEpochMs = Date.UTC(2025, 10, 20, 9, 0, 0);
export const demoNow = new Date(demoEpochMs);

const minuteMs = 60_000;

/** ISO time `minutes` after (negative: before) the demo epoch. */
export function isoAt(minutes: number, epochMs = demoEpochMs): string {
  return new Date(epochMs + minutes * minuteMs).toISOString();
}

export const minutesPerDay = 24 * 60;

/** ISO time `days` before the demo epoch, for creation and modification dates. */
export const isoDaysAgo = (days: number, epochMs = demoEpochMs) => isoAt(-days * minutesPerDay, epochMs);
