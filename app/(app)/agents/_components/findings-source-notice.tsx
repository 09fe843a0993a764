import { AlertTriangle, Info } from "lucide-react";
import type { FindingsSource } from "@/lib/agents/evaluation-status";
import { formatDateTime } from "@/lib/ui/format";
import { runEvaluationAction } from "../../actions";
import { RunEvaluationControl } from "../../_components/run-evaluation-control";

/**
 * Says where the violations on the page come from: the latest evaluation's findings. With no
 * evaluation, or data newer than it, it says so and offers to run one instead of showing stale marks.
 */
export function FindingsSourceNotice({ tenantId, source, canEvaluate }: { tenantId: string; source: FindingsSource; canEvaluate: boolean }) {
  if (source.run && !source.stale) {
    return (
      <p className="mb-4 flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        <Info className="h-4 w-4 shrink-0" aria-hidden="true" />
        Violations are the agent rules&apos; findings from the evaluation of {formatDateTime(source.run.finishedAt)}.
      </p>
    );
  }
  const title = source.run ? "The data changed after the latest evaluation" : "No evaluation has run for this tenant yet";
  const body = source.run
    ? `Sessions or events were added or changed after the evaluation of ${formatDateTime(source.run.finishedAt)}, so the violations shown may be incomplete until it runs again.`
    : "Violations of the agent rules (AGT-001 to AGT-006) come from an evaluation, so none are shown yet.";
  return (
    <div role="note" aria-label={title} className="mb-4 flex flex-wrap items-start justify-between gap-4 rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-100">
      <div className="flex max-w-2xl gap-3">
        <AlertTriangle className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true" />
        <div>
          <p className="font-semibold">{title}</p>
          <p className="mt-1">{body}</p>
          {canEvaluate ? null : <p className="mt-1">An admin or the help desk can run the evaluation.</p>}
        </div>
      </div>
      {canEvaluate ? <RunEvaluationControl tenantId={tenantId} runEvaluation={runEvaluationAction} /> : null}
    </div>
  );
}
