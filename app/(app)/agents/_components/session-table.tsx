import Link from "next/link";
import type { AgentSessionRow } from "@/lib/agents/sessions";
import { agentSessionOutcomeLabels, graphValueLabel } from "@/lib/ui/labels";
import { formatDateTime } from "@/lib/ui/format";
import { sessionDuration } from "./format";
import { RuleChips } from "./rule-chips";

const th = "px-3 py-2";

export function sessionHref(sessionId: string) {
  return `/agents/sessions/${encodeURIComponent(sessionId)}`;
}

/** The session list; each start time opens the session's timeline. */
export function SessionTable({ items, evaluated }: { items: AgentSessionRow[]; evaluated: boolean }) {
  return (
    <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        <caption className="sr-only">Agent sessions</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
          <tr>
            <th scope="col" className={th}>Started</th>
            <th scope="col" className={th}>Agent</th>
            <th scope="col" className={th}>Pool</th>
            <th scope="col" className={th}>Cloud PC</th>
            <th scope="col" className={th}>Duration</th>
            <th scope="col" className={th}>Outcome</th>
            <th scope="col" className={`${th} text-right`}>Events</th>
            <th scope="col" className={th}>Violations</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((s) => {
            const violations = s.findings.filter((f) => f.verdict === "fail");
            const unknowns = s.findings.filter((f) => f.verdict === "unknown");
            return (
              <tr key={s.id} className="align-top">
                <td className="px-3 py-2 whitespace-nowrap">
                  <Link href={sessionHref(s.sessionId)} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                    {formatDateTime(s.startedAt)}
                  </Link>
                </td>
                <td className="px-3 py-2">{s.agentName}</td>
                <td className="px-3 py-2">
                  <Link href={`/agents/pools/${encodeURIComponent(s.poolId)}`} className="hover:underline">
                    {s.poolName}
                  </Link>
                </td>
                <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{s.cloudPcName ?? s.cloudPcId ?? <span className="font-sans text-slate-500">Not recorded</span>}</td>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">{sessionDuration(s.startedAt, s.endedAt)}</td>
                <td className="px-3 py-2">{graphValueLabel(agentSessionOutcomeLabels, s.outcome)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{s.eventCount}</td>
                <td className="px-3 py-2">
                  {evaluated ? <RuleChips findings={violations} /> : <span className="text-slate-500 dark:text-slate-400">Not evaluated</span>}
                  {unknowns.length > 0 ? (
                    <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
                      Not decided: {unknowns.map((f) => f.ruleId).join(", ")}
                    </p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
