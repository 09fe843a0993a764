import type { SessionTimeline } from "@/lib/agents/timeline";
import { agentEventTypeLabels, labelOf } from "@/lib/ui/labels";
import { formatDuration, formatTime } from "../../../_components/format";
import { eventTone } from "./event-style";

/**
 * The whole session on one line, events placed by time: the order and the gaps at a glance, with the
 * events that violations cite in red. The list below carries the same facts for keyboard and screen reader.
 */
export function TimelineStrip({ timeline }: { timeline: SessionTimeline }) {
  const events = timeline.events;
  if (events.length === 0) return null;
  const first = Date.parse(events[0].at);
  const span = Math.max(1, Date.parse(events[events.length - 1].at) - first);
  const marked = events.filter((e) => e.marks.some((m) => m.verdict === "fail")).length;
  const summary = `${events.length} events over ${formatDuration(span)}${marked ? `, ${marked} cited by violations` : ""}`;
  return (
    <figure className="mb-6">
      <div role="img" aria-label={summary} className="relative mx-2 h-10">
        <div className="absolute top-1/2 right-0 left-0 h-0.5 -translate-y-1/2 rounded bg-slate-200 dark:bg-slate-700" />
        {events.map((event) => {
          const left = ((Date.parse(event.at) - first) / span) * 100;
          const violation = event.marks.some((m) => m.verdict === "fail");
          return (
            <span
              key={event.eventId}
              title={`${formatTime(event.at)} ${labelOf(agentEventTypeLabels, event.type)}${violation ? " (violation)" : ""}`}
              style={{ left: `${left}%` }}
              className={`absolute top-1/2 block -translate-x-1/2 -translate-y-1/2 rounded-full ring-2 ring-white dark:ring-slate-900 ${violation ? "z-10 h-5 w-5 bg-red-600 dark:bg-red-400" : `h-3 w-3 ${eventTone(event.type).dot}`}`}
            />
          );
        })}
      </div>
      <figcaption className="mt-1 flex justify-between text-xs text-slate-500 dark:text-slate-400">
        <span>{formatTime(events[0].at)}</span>
        <span>{summary}</span>
        <span>{formatTime(events[events.length - 1].at)}</span>
      </figcaption>
    </figure>
  );
}
