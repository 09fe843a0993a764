/** Times on the agent pages: UTC like everywhere else, to the second (events are seconds apart). */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(11, 19)}`;
}

/** "14 min 24 s", "2 h 5 min", "45 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  const sign = ms < 0 ? "−" : "";
  let seconds = Math.round(Math.abs(ms) / 1000);
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  if (hours > 0) return `${sign}${hours} h ${minutes} min`;
  if (minutes > 0) return `${sign}${minutes} min${seconds ? ` ${seconds} s` : ""}`;
  return `${sign}${seconds} s`;
}

export function sessionDuration(startedAt: string, endedAt: string | null): string {
  return endedAt ? formatDuration(Date.parse(endedAt) - Date.parse(startedAt)) : "running";
}
