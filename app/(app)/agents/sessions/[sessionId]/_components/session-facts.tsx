import Link from "next/link";
import type { SessionTimeline } from "@/lib/agents/timeline";
import { agentAuthModeLabels, agentSessionOutcomeLabels, graphValueLabel } from "@/lib/ui/labels";
import { formatDateTime } from "@/lib/ui/format";
import { sessionDuration } from "../../../_components/format";
import { DeviceName } from "./show-value";

/** The session's recorded facts, including the devices its tokens were bound to and presented from. */
export function SessionFacts({ timeline }: { timeline: SessionTimeline }) {
  const names = timeline.cloudPcNames;
  const distinct = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];
  const bound = distinct(timeline.events.filter((e) => e.type === "tokenIssued").map((e) => e.boundDeviceId));
  const presented = distinct(timeline.events.filter((e) => e.type === "tokenPresented").map((e) => e.deviceId));
  const devices = (ids: string[]) =>
    ids.length === 0 ? <span className="text-slate-500 dark:text-slate-400">none recorded</span> : ids.map((id) => <div key={id}><DeviceName id={id} names={names} /></div>);
  const facts: { label: string; value: React.ReactNode }[] = [
    { label: "Agent", value: <Link className="text-brand-700 hover:underline dark:text-brand-100" href={`/agents?agent=${encodeURIComponent(timeline.agentId)}`}>{timeline.agentName}</Link> },
    { label: "Pool", value: <Link className="text-brand-700 hover:underline dark:text-brand-100" href={`/agents/pools/${encodeURIComponent(timeline.poolId)}`}>{timeline.poolName}</Link> },
    { label: "Cloud PC acquired", value: <DeviceName id={timeline.cloudPcId} names={names} /> },
    { label: "Started", value: formatDateTime(timeline.startedAt) },
    { label: "Ended", value: timeline.endedAt ? `${formatDateTime(timeline.endedAt)} (${sessionDuration(timeline.startedAt, timeline.endedAt)})` : "Still running" },
    { label: "Outcome", value: graphValueLabel(agentSessionOutcomeLabels, timeline.outcome) },
    { label: "Authentication", value: graphValueLabel(agentAuthModeLabels, timeline.authMode) },
    { label: "Credentials left after the end", value: timeline.credentialsRemainedAfterEnd === null ? "Not recorded" : timeline.credentialsRemainedAfterEnd ? "Yes" : "No" },
    { label: "Token bound to", value: devices(bound) },
    { label: "Token presented from", value: devices(presented) },
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {facts.map((f) => (
        <div key={f.label} className="min-w-0">
          <dt className="text-xs font-medium text-slate-500 dark:text-slate-400">{f.label}</dt>
          <dd className="mt-0.5 break-words">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What happened on the Cloud PC just before this session (the facts AGT-001 weighs), for context. */
export function CloudPcBefore({ timeline }: { timeline: SessionTimeline }) {
  const { previousSession, lastReset } = timeline.before;
  if (!timeline.cloudPcId) return <p className="text-sm text-slate-600 dark:text-slate-400">The session does not record which Cloud PC it acquired.</p>;
  return (
    <dl className="grid gap-3 text-sm">
      <div>
        <dt className="text-xs font-medium text-slate-500 dark:text-slate-400">Previous session on this Cloud PC</dt>
        <dd className="mt-0.5">
          {previousSession ? (
            <Link className="text-brand-700 hover:underline dark:text-brand-100" href={`/agents/sessions/${encodeURIComponent(previousSession.sessionId)}`}>
              {previousSession.agentName}, {formatDateTime(previousSession.startedAt)}
              {previousSession.endedAt ? ` to ${formatDateTime(previousSession.endedAt)}` : ", still running"}
            </Link>
          ) : (
            "None: this session was the Cloud PC's first"
          )}
        </dd>
      </div>
      <div>
        <dt className="text-xs font-medium text-slate-500 dark:text-slate-400">Latest reset before this session started</dt>
        <dd className="mt-0.5">
          {lastReset ? (
            <Link className="text-brand-700 hover:underline dark:text-brand-100" href={`/agents/sessions/${encodeURIComponent(lastReset.sessionId)}`}>
              {formatDateTime(lastReset.at)}
            </Link>
          ) : (
            "None recorded"
          )}
        </dd>
      </div>
    </dl>
  );
}
