import Link from "next/link";
import { Check, CircleHelp, X } from "lucide-react";
import type { EvidenceItem } from "@/lib/rules";
import type { DiagnosisStep } from "@/lib/diagnosis/types";
import { isOnTheSpotClientId } from "@/lib/diagnosis/slice";
import { stepStatusLabels } from "@/lib/diagnosis/wording";
import { sourceIdPath } from "@/lib/inventory/links";

const pill = "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset whitespace-nowrap";

const tones: Record<DiagnosisStep["status"], string> = {
  pass: "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-500/15 dark:text-emerald-200 dark:ring-emerald-500/30",
  fail: "bg-red-50 text-red-800 ring-red-200 dark:bg-red-500/15 dark:text-red-200 dark:ring-red-500/30",
  unknown: "bg-amber-50 text-amber-800 ring-amber-200 dark:bg-amber-500/15 dark:text-amber-200 dark:ring-amber-500/30",
};

const icons = { pass: Check, fail: X, unknown: CircleHelp } as const;

/** Pass, fail or unknown, with an icon so colour is never the only cue. */
export function StepStatus({ status }: { status: DiagnosisStep["status"] }) {
  const Icon = icons[status];
  return (
    <span className={`${pill} ${tones[status]}`}>
      <Icon className="h-3 w-3" aria-hidden="true" />
      {stepStatusLabels[status]}
    </span>
  );
}

export function Tag({ tone, children }: { tone: "root" | "blocks" | "muted"; children: React.ReactNode }) {
  const toneClass =
    tone === "root"
      ? "bg-red-600 text-white ring-red-600 dark:bg-red-500 dark:ring-red-500"
      : tone === "blocks"
        ? "bg-rose-50 text-rose-700 ring-rose-200 dark:bg-rose-500/15 dark:text-rose-200 dark:ring-rose-500/30"
        : "bg-slate-100 text-slate-600 ring-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-700";
  return <span className={`${pill} ${toneClass}`}>{children}</span>;
}

// Entities with a page of their own; an on-the-spot client exists only in this diagnosis.
const linkable = new Set(["user", "cloudPc", "provisioningPolicy", "networkConnection", "conditionalAccessPolicy", "client"]);

export function EntityLink({ entityType, entityId, children }: { entityType: string; entityId: string; children: React.ReactNode }) {
  if (!linkable.has(entityType) || (entityType === "client" && isOnTheSpotClientId(entityId))) return <>{children}</>;
  return (
    <Link href={sourceIdPath(entityType, entityId)} className="hover:underline">
      {children}
    </Link>
  );
}

export function EvidenceList({ evidence }: { evidence: EvidenceItem[] }) {
  if (evidence.length === 0) return <p className="text-xs text-slate-500 dark:text-slate-400">No facts recorded for this check.</p>;
  return (
    <dl className="grid gap-x-4 gap-y-1 text-xs sm:grid-cols-[minmax(10rem,2fr)_minmax(0,3fr)]">
      {evidence.map((item, index) => (
        <div key={index} className="contents">
          <dt className="text-slate-500 [overflow-wrap:anywhere] dark:text-slate-400">{item.label}</dt>
          <dd className="font-medium text-slate-800 [overflow-wrap:anywhere] dark:text-slate-100">
            {item.ref ? <EntityLink entityType={item.ref.entityType} entityId={item.ref.entityId}>{formatValue(item.value)}</EntityLink> : formatValue(item.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const formatValue = (value: EvidenceItem["value"]) => (value === null ? "not recorded" : value === true ? "yes" : value === false ? "no" : String(value));
