import { CheckCircle2 } from "lucide-react";

const messages: Record<string, string> = {
  created: "created",
  updated: "saved",
  deleted: "deleted",
};

/**
 * After a change: says what happened and offers a new evaluation, since findings describe the data
 * as it was at the last run. `evaluate` is the run control, or null for a role that may not run one.
 */
export function ChangeNotice({ changed, what, evaluate }: { changed: string | undefined; what: string; evaluate: React.ReactNode }) {
  const done = changed ? messages[changed] : undefined;
  if (!done) return null;
  return (
    <div role="status" className="mb-6 flex flex-wrap items-start justify-between gap-4 rounded-xl border border-emerald-200 bg-emerald-50 p-4 dark:border-emerald-500/30 dark:bg-emerald-500/10">
      <div className="flex items-start gap-3">
        <CheckCircle2 className="mt-0.5 h-5 w-5 shrink-0 text-emerald-700 dark:text-emerald-300" aria-hidden="true" />
        <div>
          <p className="text-sm font-semibold text-emerald-900 dark:text-emerald-100">
            The {what} was {done}.
          </p>
          <p className="text-sm text-emerald-900/80 dark:text-emerald-100/80">Findings still show the last evaluation. Evaluate again to see what this change fixed or broke.</p>
        </div>
      </div>
      {evaluate}
    </div>
  );
}
