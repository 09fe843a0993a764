/** Dates in the UI: UTC, minute precision, the same everywhere so two people compare like with like. */
export function formatDateTime(date: Date | string | null | undefined): string {
  if (!date) return "–";
  const d = typeof date === "string" ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) return String(date);
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
