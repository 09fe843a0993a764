import { StallsBadge } from "@/components/ui/badges";
import type { Diagnosis, DiagnosisPhaseView, DiagnosisStep } from "@/lib/diagnosis/types";
import { evidenceLine, isRootCause } from "@/lib/diagnosis/wording";
import { labelOf, phaseLabels } from "@/lib/ui/labels";
import { EntityLink, EvidenceList, StepStatus, Tag } from "./step-pieces";

const phaseSummary: Record<DiagnosisPhaseView["status"], string> = {
  fail: "Blocked here",
  unknown: "Open questions",
  pass: "Passes",
  none: "Nothing here causes this symptom",
};

const phaseTone: Record<DiagnosisPhaseView["status"], string> = {
  fail: "bg-red-600 text-white dark:bg-red-500",
  unknown: "bg-amber-500 text-white dark:bg-amber-500",
  pass: "bg-emerald-600 text-white dark:bg-emerald-500",
  none: "bg-slate-300 text-slate-700 dark:bg-slate-700 dark:text-slate-200",
};

/** The facts behind a pass, in one line, without the user's identity type (the user card shows it). */
function passLine(diagnosis: Diagnosis, step: DiagnosisStep): string {
  const identity = diagnosis.subject.user.identityType;
  const facts = step.evidence.filter((item) => !(item.ref?.entityType === "user" && item.value === identity));
  return evidenceLine({ evidence: facts }) || "No facts needed beyond the identity type.";
}

/** The three authentication phases in order, each step with its verdict and the facts behind it. */
export function PhaseWalk({ diagnosis }: { diagnosis: Diagnosis }) {
  return (
    <section aria-labelledby="walk-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 id="walk-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-100">
        Phase by phase
      </h2>
      <ol className="mt-4 space-y-6">
        {diagnosis.phases.map((phase, index) => (
          <li key={phase.phase} className="relative pl-10">
            <span className={`absolute top-0 left-0 flex h-7 w-7 items-center justify-center rounded-full text-sm font-semibold ${phaseTone[phase.status]}`} aria-hidden="true">
              {index + 1}
            </span>
            <h3 className="flex flex-wrap items-baseline gap-x-2 text-sm font-semibold text-slate-900 dark:text-slate-50">
              {labelOf(phaseLabels, phase.phase)}
              <span className="text-xs font-normal text-slate-500 dark:text-slate-400">
                {phaseSummary[phase.status]}
                {phase.afterRootCause ? " · not reached while the root cause stands" : ""}
              </span>
            </h3>
            {phase.steps.length === 0 ? (
              <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">No check in this phase bears on this symptom.</p>
            ) : (
              <ul className={`mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800 ${phase.afterRootCause ? "opacity-80" : ""}`}>
                {phase.steps.map((step) => {
                  const root = isRootCause(diagnosis, step);
                  return (
                    <li key={`${step.ruleId}-${step.entityId}`} className={`flex gap-3 px-3 py-2.5 ${root ? "bg-red-50/70 dark:bg-red-500/10" : ""}`}>
                      <div className="w-20 shrink-0 pt-0.5">
                        <StepStatus status={step.status} />
                      </div>
                      <div className="min-w-0 flex-1">
                        <p className="text-sm text-slate-900 dark:text-slate-100">
                          <a href={`/findings/rules/${step.ruleId}`} className="mr-1.5 font-mono text-xs text-slate-500 hover:underline dark:text-slate-400">
                            {step.ruleId}
                          </a>
                          {step.title}
                        </p>
                        <div className="mt-1 flex flex-wrap items-center gap-1.5">
                          {root ? <Tag tone="root">Root cause</Tag> : step.blocking ? <Tag tone="blocks">Also blocks</Tag> : null}
                          {step.relevance === "context" ? <Tag tone="muted">Context</Tag> : step.relevance === "other" ? <Tag tone="muted">Not this symptom</Tag> : null}
                          {step.stalls && step.status === "fail" ? <StallsBadge /> : null}
                          <span className="text-xs text-slate-500 [overflow-wrap:anywhere] dark:text-slate-400">
                            On{" "}
                            <EntityLink entityType={step.entityType} entityId={step.entityId}>
                              {step.entityName}
                            </EntityLink>
                          </span>
                        </div>
                        {step.status === "pass" ? (
                          <p className="mt-1 text-xs text-slate-500 [overflow-wrap:anywhere] dark:text-slate-400">{passLine(diagnosis, step)}</p>
                        ) : (
                          <div className="mt-2 space-y-1.5">
                            {step.status === "unknown" && step.missing ? <p className="text-xs text-amber-800 [overflow-wrap:anywhere] dark:text-amber-200">Missing: {step.missing}</p> : null}
                            <EvidenceList evidence={step.evidence} />
                          </div>
                        )}
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
