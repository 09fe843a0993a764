import type { AgentEventImportPreview, AgentEventImportResult } from "@/lib/import/agent-events/import";
import { agentEventTypeLabels, labelOf } from "@/lib/ui/labels";
import { formatDateTime } from "@/lib/ui/format";

const entityLabels = {
  agentIdentities: "Agent identities",
  agentPools: "Agent pools",
  cloudPcs: "Cloud PCs (pool membership)",
  agentSessions: "Agent sessions",
  agentSessionEvents: "Agent session events",
} as const;

const cell = "px-2 py-1";

/** What an import would write (or wrote): counts per entity type and its first sessions and events. */
export function ImportPreview({ preview, heading }: { preview: AgentEventImportPreview; heading: string }) {
  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold">{heading}</h3>
      <div className="overflow-x-auto">
        <table className="text-sm">
          <caption className="sr-only">Records by change</caption>
          <thead className="text-left text-xs text-slate-600 dark:text-slate-400">
            <tr>
              <th scope="col" className={cell}>Records</th>
              <th scope="col" className={`${cell} text-right`}>New</th>
              <th scope="col" className={`${cell} text-right`}>Changed</th>
              <th scope="col" className={`${cell} text-right`}>Unchanged</th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(entityLabels) as (keyof typeof entityLabels)[]).map((entity) => (
              <tr key={entity}>
                <th scope="row" className={`${cell} text-left font-normal`}>{entityLabels[entity]}</th>
                <td className={`${cell} text-right tabular-nums`}>{preview.counts[entity].new}</td>
                <td className={`${cell} text-right tabular-nums`}>{preview.counts[entity].changed}</td>
                <td className={`${cell} text-right tabular-nums`}>{preview.counts[entity].unchanged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.samples.sessions.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="text-xs">
            <caption className="mb-1 text-left text-xs font-medium text-slate-600 dark:text-slate-400">First sessions</caption>
            <thead className="text-left text-slate-600 dark:text-slate-400">
              <tr>
                <th scope="col" className={cell}>Change</th>
                <th scope="col" className={cell}>Session</th>
                <th scope="col" className={cell}>Agent</th>
                <th scope="col" className={cell}>Started</th>
                <th scope="col" className={`${cell} text-right`}>New events</th>
                <th scope="col" className={`${cell} text-right`}>Changed events</th>
              </tr>
            </thead>
            <tbody className="font-mono">
              {preview.samples.sessions.map((s) => (
                <tr key={s.sessionId}>
                  <td className={`${cell} font-sans`}>{s.change === "new" ? "New" : "Changed"}</td>
                  <td className={`${cell} break-all`}>{s.sessionId}</td>
                  <td className={`${cell} break-all`}>{s.agentId}</td>
                  <td className={`${cell} font-sans whitespace-nowrap`}>{formatDateTime(s.startedAt)}</td>
                  <td className={`${cell} text-right`}>{s.newEvents}</td>
                  <td className={`${cell} text-right`}>{s.changedEvents}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {preview.samples.events.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="text-xs">
            <caption className="mb-1 text-left text-xs font-medium text-slate-600 dark:text-slate-400">First events</caption>
            <thead className="text-left text-slate-600 dark:text-slate-400">
              <tr>
                <th scope="col" className={cell}>Line</th>
                <th scope="col" className={cell}>Change</th>
                <th scope="col" className={cell}>Event</th>
                <th scope="col" className={cell}>At</th>
              </tr>
            </thead>
            <tbody>
              {preview.samples.events.map((e) => (
                <tr key={`${e.sessionId}/${e.eventId}`}>
                  <td className={`${cell} tabular-nums`}>{e.line}</td>
                  <td className={cell}>{e.change === "new" ? "New" : "Changed"}</td>
                  <td className={cell}>{labelOf(agentEventTypeLabels, e.type)}</td>
                  <td className={`${cell} whitespace-nowrap`}>{formatDateTime(e.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

/** A refused file: what is wrong, line by line; nothing was written. */
export function ImportErrors({ result, fileName }: { result: Extract<AgentEventImportResult, { ok: false }>; fileName: string }) {
  return (
    <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
      <p className="font-medium">{result.message}</p>
      {result.errors.length > 0 ? (
        <ul className="mt-2 max-h-64 list-none space-y-0.5 overflow-y-auto font-mono text-xs" aria-label={`Problems in ${fileName}`}>
          {result.errors.map((e, i) => (
            <li key={`${e.line}-${i}`}>
              {e.line === null ? fileName : `Line ${e.line}`}: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
      {result.errorCount > result.errors.length ? <p className="mt-1 text-xs">… and {result.errorCount - result.errors.length} more.</p> : null}
    </div>
  );
}
