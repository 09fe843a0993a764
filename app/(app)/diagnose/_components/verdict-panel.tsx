import { AlertOctagon, CheckCircle2, HelpCircle, MonitorX } from "lucide-react";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { headline, nextStep, notes } from "@/lib/diagnosis/wording";
import { labelOf, phaseLabels, severityLabels } from "@/lib/ui/labels";
import { EntityLink, EvidenceList, Tag } from "./step-pieces";

const frames = {
  blocked: "border-red-300 bg-red-50/60 dark:border-red-500/40 dark:bg-red-500/10",
  clear: "border-emerald-300 bg-emerald-50/60 dark:border-emerald-500/40 dark:bg-emerald-500/10",
  clearWithQuestions: "border-amber-300 bg-amber-50/60 dark:border-amber-500/40 dark:bg-amber-500/10",
  noCloudPc: "border-amber-300 bg-amber-50/60 dark:border-amber-500/40 dark:bg-amber-500/10",
};

/** The answer first: the root cause with its fixes in order, or why nothing blocks, and what to do next. */
export function VerdictPanel({ diagnosis }: { diagnosis: Diagnosis }) {
  const root = diagnosis.rootCause;
  const open = diagnosis.questions.some((question) => question.answer === null && question.options.length > 0);
  const frame = root ? "blocked" : diagnosis.verdict === "noCloudPc" ? "noCloudPc" : open ? "clearWithQuestions" : "clear";
  const Icon = root ? AlertOctagon : diagnosis.verdict === "noCloudPc" ? MonitorX : open ? HelpCircle : CheckCircle2;
  const iconTone = root ? "text-red-600 dark:text-red-300" : frame === "clear" ? "text-emerald-600 dark:text-emerald-300" : "text-amber-600 dark:text-amber-300";

  return (
    <section aria-labelledby="verdict-heading" className={`rounded-xl border p-5 shadow-sm ${frames[frame]}`}>
      <div className="flex gap-3">
        <Icon className={`mt-0.5 h-6 w-6 shrink-0 ${iconTone}`} aria-hidden="true" />
        <div className="min-w-0 flex-1">
          <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">Verdict</p>
          <h2 id="verdict-heading" className="mt-0.5 text-lg font-semibold text-slate-900 dark:text-slate-50">
            {headline(diagnosis)}
          </h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{nextStep(diagnosis)}</p>
          {root ? (
            <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600 [overflow-wrap:anywhere] dark:text-slate-300">
              <Tag tone="root">Root cause</Tag>
              <span>{labelOf(severityLabels, root.severity)}</span>
              <span aria-hidden="true">·</span>
              <span>{labelOf(phaseLabels, root.phase)}</span>
              <span aria-hidden="true">·</span>
              <EntityLink entityType={root.entityType} entityId={root.entityId}>
                {root.entityName}
              </EntityLink>
            </div>
          ) : null}
        </div>
      </div>

      {root ? (
        <div className="mt-4 space-y-4">
          <div>
            <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-100">Fix, in order</h3>
            <ol className="mt-2 list-decimal space-y-1.5 pl-5 text-sm text-slate-800 marker:font-semibold marker:text-slate-500 dark:text-slate-200">
              {root.remediation.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </div>
          <div>
            <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-100">Evidence</h3>
            <div className="mt-2 rounded-lg border border-slate-200 bg-white/70 p-3 dark:border-slate-700 dark:bg-slate-900/60">
              <EvidenceList evidence={root.evidence} />
            </div>
          </div>
        </div>
      ) : null}

      {notes(diagnosis).length > 0 ? (
        <ul className="mt-4 space-y-1 border-t border-slate-200/80 pt-3 text-sm text-slate-700 [overflow-wrap:anywhere] dark:border-slate-700 dark:text-slate-300">
          {notes(diagnosis).map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
