import Link from "next/link";
import type { OpenFindings } from "@/lib/inventory/open-findings";
import { severityLabels } from "@/lib/ui/labels";

const tone: Record<string, string> = {
  critical: "bg-red-100 text-red-800 ring-red-200 dark:bg-red-500/15 dark:text-red-200 dark:ring-red-500/30",
  high: "bg-orange-100 text-orange-800 ring-orange-200 dark:bg-orange-500/15 dark:text-orange-200 dark:ring-orange-500/30",
  medium: "bg-amber-100 text-amber-800 ring-amber-200 dark:bg-amber-500/15 dark:text-amber-200 dark:ring-amber-500/30",
  low: "bg-sky-100 text-sky-800 ring-sky-200 dark:bg-sky-500/15 dark:text-sky-200 dark:ring-sky-500/30",
  info: "bg-slate-100 text-slate-700 ring-slate-200 dark:bg-slate-500/15 dark:text-slate-200 dark:ring-slate-500/30",
};

/** A row's open findings: the count, coloured and named by the worst severity, linking to the list on its page. */
export function OpenFindingsBadge({ findings, href }: { findings: OpenFindings; href: string }) {
  if (findings.count === 0) return <span className="text-slate-500 dark:text-slate-400">None</span>;
  const worst = findings.worst ?? "info";
  return (
    <Link
      prefetch={false}
      href={`${href}#findings`}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset hover:underline ${tone[worst] ?? tone.info}`}
    >
      <span className="tabular-nums">{findings.count}</span>
      <span>· {severityLabels[worst] ?? worst}</span>
      <span className="sr-only">{findings.count === 1 ? "open finding" : "open findings"} (worst severity)</span>
    </Link>
  );
}
