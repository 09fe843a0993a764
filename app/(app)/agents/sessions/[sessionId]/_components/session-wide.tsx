import type { SessionTimeline } from "@/lib/agents/timeline";
import { RuleChip } from "../../../_components/rule-chips";

/**
 * Violations whose evidence cites no single event (a missed reset, credentials left behind, the way
 * the agent signed in): shown above the timeline so they are not missed; the verdicts list their facts.
 */
export function SessionWideViolations({ timeline }: { timeline: SessionTimeline }) {
  const violations = timeline.sessionWide.filter((f) => f.verdict === "fail");
  if (violations.length === 0) return null;
  return (
    <div className="mb-5 rounded-md border-l-4 border-red-600 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-500/10 dark:text-red-100">
      <p className="font-semibold">Violations about the whole session</p>
      <ul className="mt-1 space-y-1">
        {violations.map((f) => (
          <li key={f.id} className="flex flex-wrap items-center gap-2">
            <RuleChip finding={f} />
            <span>{f.title}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
