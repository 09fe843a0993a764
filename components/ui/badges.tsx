import { severityLabels, labelOf } from "@/lib/ui/labels";

const severityTone: Record<string, string> = {
  critical: "bg-red-100 text-red-800 ring-red-200 dark:bg-red-500/15 dark:text-red-200 dark:ring-red-500/30",
  high: "bg-orange-100 text-orange-800 ring-orange-200 dark:bg-orange-500/15 dark:text-orange-200 dark:ring-orange-500/30",
  medium: "bg-amber-100 text-amber-800 ring-amber-200 dark:bg-amber-500/15 dark:text-amber-200 dark:ring-amber-500/30",
  low: "bg-sky-100 text-sky-800 ring-sky-200 dark:bg-sky-500/15 dark:text-sky-200 dark:ring-sky-500/30",
  info: "bg-slate-100 text-slate-700 ring-slate-200 dark:bg-slate-500/15 dark:text-slate-200 dark:ring-slate-500/30",
};

const pill = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset whitespace-nowrap";

export function SeverityBadge({ severity }: { severity: string }) {
  return <span className={`${pill} ${severityTone[severity] ?? severityTone.info}`}>{labelOf(severityLabels, severity)}</span>;
}

const statusTone: Record<string, string> = {
  open: "bg-white text-slate-800 ring-slate-300 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-600",
  accepted: "bg-violet-100 text-violet-800 ring-violet-200 dark:bg-violet-500/15 dark:text-violet-200 dark:ring-violet-500/30",
  resolved: "bg-emerald-100 text-emerald-800 ring-emerald-200 dark:bg-emerald-500/15 dark:text-emerald-200 dark:ring-emerald-500/30",
  new: "bg-brand-100 text-brand-700 ring-brand-100 dark:bg-brand-500/20 dark:text-brand-100 dark:ring-brand-500/30",
  unknown: "bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600",
};

export function StatusBadge({ status }: { status: string }) {
  const label = status.charAt(0).toUpperCase() + status.slice(1);
  return <span className={`${pill} ${statusTone[status] ?? statusTone.unknown}`}>{label}</span>;
}

export function StallsBadge() {
  return <span className={`${pill} bg-rose-50 text-rose-700 ring-rose-200 dark:bg-rose-500/15 dark:text-rose-200 dark:ring-rose-500/30`}>Stalls sign-in</span>;
}
