import type { SessionFinding } from "@/lib/agents/session-findings";
import { severityLabels, labelOf } from "@/lib/ui/labels";

const tone: Record<string, string> = {
  critical: "bg-red-100 text-red-800 ring-red-200 dark:bg-red-500/15 dark:text-red-200 dark:ring-red-500/30",
  high: "bg-orange-100 text-orange-800 ring-orange-200 dark:bg-orange-500/15 dark:text-orange-200 dark:ring-orange-500/30",
  medium: "bg-amber-100 text-amber-800 ring-amber-200 dark:bg-amber-500/15 dark:text-amber-200 dark:ring-amber-500/30",
  low: "bg-sky-100 text-sky-800 ring-sky-200 dark:bg-sky-500/15 dark:text-sky-200 dark:ring-sky-500/30",
  unknown: "bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600",
};

/** A rule id coloured by its severity; an unknown verdict is grey and says so. */
export function RuleChip({ finding }: { finding: Pick<SessionFinding, "ruleId" | "severity" | "verdict" | "status"> }) {
  const unknown = finding.verdict === "unknown";
  const what = unknown ? "not decided, a fact is missing" : `${labelOf(severityLabels, finding.severity)} violation${finding.status === "accepted" ? ", accepted risk" : ""}`;
  return (
    <span
      title={`${finding.ruleId}: ${what}`}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 font-mono text-xs font-medium whitespace-nowrap ring-1 ring-inset ${unknown ? tone.unknown : (tone[finding.severity] ?? tone.low)}`}
    >
      {finding.ruleId}
      {unknown ? <span aria-hidden="true">?</span> : null}
      {finding.status === "accepted" ? <span className="font-sans">accepted</span> : null}
      <span className="sr-only">({what})</span>
    </span>
  );
}

export function RuleChips({ findings, empty = "None" }: { findings: SessionFinding[]; empty?: string }) {
  if (findings.length === 0) return <span className="text-slate-500 dark:text-slate-400">{empty}</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {findings.map((f) => (
        <RuleChip key={f.id} finding={f} />
      ))}
    </span>
  );
}
