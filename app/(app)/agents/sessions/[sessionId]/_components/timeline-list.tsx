import type { SessionTimeline, TimelineEvent } from "@/lib/agents/timeline";
import { agentEventTypeLabels, labelOf, severityLabels } from "@/lib/ui/labels";
import { formatDuration, formatTime } from "../../../_components/format";
import { eventTone } from "./event-style";
import { DeviceName, ShowValue } from "./show-value";

function Facts({ event, names }: { event: TimelineEvent; names: Record<string, string> }) {
  const facts: { label: string; value: React.ReactNode }[] = [];
  if (event.cloudPcId && ["cloudPcAcquired", "secureChannelOpened", "cloudPcReset"].includes(event.type)) facts.push({ label: "Cloud PC", value: <DeviceName id={event.cloudPcId} names={names} /> });
  if (event.type === "tokenIssued") facts.push({ label: "Bound to device", value: <DeviceName id={event.boundDeviceId} names={names} /> });
  if (event.type === "tokenPresented") facts.push({ label: "Presented from", value: <DeviceName id={event.deviceId} names={names} /> });
  if (event.type === "riskSignalChanged") facts.push({ label: "Risk level", value: event.riskLevel ?? "not recorded" });
  if (facts.length === 0) return null;
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
      {facts.map((f) => (
        <div key={f.label} className="contents">
          <dt className="text-slate-500 dark:text-slate-400">{f.label}</dt>
          <dd className="min-w-0">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Marks({ event, names }: { event: TimelineEvent; names: Record<string, string> }) {
  if (event.marks.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1.5">
      {event.marks.map((mark, i) => {
        const fail = mark.verdict === "fail";
        return (
          <li
            key={`${mark.findingId}-${i}`}
            className={`rounded-md border-l-4 px-3 py-2 text-sm ${fail ? "border-red-600 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-500/10 dark:text-red-100" : "border-slate-400 bg-slate-50 text-slate-800 dark:bg-slate-800/60 dark:text-slate-200"}`}
          >
            <p className="font-semibold">
              {fail ? `Evidence of violation ${mark.ruleId} · ${labelOf(severityLabels, mark.severity)}` : `Cited by ${mark.ruleId} · not decided`}
              {mark.status === "accepted" ? " · accepted risk" : ""}
            </p>
            <p>{mark.title}</p>
            <p className="mt-0.5 text-xs">
              {mark.label}: <ShowValue value={mark.value} names={names} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** The session's events top to bottom in time order; an event a violation cites carries the violation. */
export function TimelineList({ timeline }: { timeline: SessionTimeline }) {
  const names = timeline.cloudPcNames;
  return (
    <ol aria-label="Session events in time order" className="relative">
      {timeline.events.map((event, index) => {
        const violation = event.marks.some((m) => m.verdict === "fail");
        const tone = eventTone(event.type);
        const titleId = `event-title-${event.eventId}`;
        const last = index === timeline.events.length - 1;
        return (
          <li key={event.eventId} id={`event-${event.eventId}`} className="grid scroll-mt-20 grid-cols-[5.5rem_1.5rem_minmax(0,1fr)] gap-x-3 sm:grid-cols-[7rem_1.5rem_minmax(0,1fr)]">
            <div className="pt-2 text-right text-xs tabular-nums text-slate-500 dark:text-slate-400">
              <time dateTime={event.at} className="block font-medium text-slate-700 dark:text-slate-200">
                {formatTime(event.at)}
              </time>
              <span>{index === 0 ? "start" : `+${formatDuration(event.offsetMs)}`}</span>
            </div>
            <div className="relative flex justify-center" aria-hidden="true">
              {!last ? <span className="absolute top-4 bottom-0 w-px bg-slate-200 dark:bg-slate-700" /> : null}
              {index > 0 ? <span className="absolute top-0 h-3 w-px bg-slate-200 dark:bg-slate-700" /> : null}
              <span className={`relative mt-2.5 block rounded-full ${violation ? "h-4 w-4 bg-red-600 ring-4 ring-red-200 dark:bg-red-400 dark:ring-red-500/30" : `h-3 w-3 ${tone.dot}`}`} />
            </div>
            <article aria-labelledby={titleId} className={`mb-3 min-w-0 rounded-lg border p-3 ${violation ? "border-red-300 bg-white dark:border-red-500/50 dark:bg-slate-900" : "border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"}`}>
              <h3 id={titleId} className={`text-sm font-semibold ${violation ? "text-red-800 dark:text-red-200" : tone.text}`}>
                {labelOf(agentEventTypeLabels, event.type)}
                <span className="sr-only"> at {formatTime(event.at)}</span>
              </h3>
              <Facts event={event} names={names} />
              {event.detail ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{event.detail}</p> : null}
              <Marks event={event} names={names} />
            </article>
          </li>
        );
      })}
    </ol>
  );
}
