import Link from "next/link";
import type { SessionFinding } from "@/lib/agents/session-findings";
import type { SessionTimeline } from "@/lib/agents/timeline";
import { agentEventTypeLabels, labelOf } from "@/lib/ui/labels";
import { formatTime } from "../../../_components/format";
import { RuleChip } from "../../../_components/rule-chips";
import { ShowValue } from "./show-value";

function Evidence({ finding, timeline }: { finding: SessionFinding; timeline: SessionTimeline }) {
  const events = new Map(timeline.events.map((e) => [e.eventId, e]));
  return (
    <dl className="mt-1.5 space-y-1 border-l-2 border-slate-200 pl-3 text-xs dark:border-slate-700">
      {finding.evidence.map((item, i) => {
        const event = item.ref?.entityType === "agentSessionEvent" ? events.get(item.ref.entityId) : undefined;
        const otherSession = item.ref?.entityType === "agentSession" && item.ref.entityId !== timeline.sessionId ? item.ref.entityId : null;
        return (
          <div key={`${item.label}-${i}`}>
            <dt className="break-words text-slate-500 dark:text-slate-400">{item.label}</dt>
            <dd className="min-w-0 break-words">
              <ShowValue value={item.value} names={timeline.cloudPcNames} />
              {event ? (
                <>
                  {" "}
                  <a href={`#event-${event.eventId}`} className="text-brand-700 hover:underline dark:text-brand-100">
                    ({labelOf(agentEventTypeLabels, event.type)} at {formatTime(event.at)})
                  </a>
                </>
              ) : null}
              {otherSession ? (
                <>
                  {" "}
                  <Link href={`/agents/sessions/${encodeURIComponent(otherSession)}`} className="text-brand-700 hover:underline dark:text-brand-100">
                    (open that session)
                  </Link>
                </>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** The latest evaluation's verdicts on this session: where each violation's evidence sits. */
export function VerdictSummary({ timeline }: { timeline: SessionTimeline }) {
  const violations = timeline.findings.filter((f) => f.verdict === "fail");
  const unknowns = timeline.findings.filter((f) => f.verdict === "unknown");
  const sessionWide = new Set(timeline.sessionWide.map((f) => f.id));
  if (timeline.findings.length === 0) {
    return <p className="text-sm text-emerald-800 dark:text-emerald-200">No agent rule found a violation in this session at the latest evaluation.</p>;
  }
  return (
    <ul className="space-y-3">
      {[...violations, ...unknowns].map((f) => (
        <li key={f.id} className="text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <RuleChip finding={f} />
            <span className="font-medium">{f.title}</span>
          </div>
          {f.verdict === "unknown" ? (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Not decided: the rule needs {f.missing ?? "a fact that is not recorded"}.</p>
          ) : sessionWide.has(f.id) ? (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">About the session as a whole: its evidence cites no single event.</p>
          ) : (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Marked on the events it cites below.</p>
          )}
          <Evidence finding={f} timeline={timeline} />
        </li>
      ))}
    </ul>
  );
}
