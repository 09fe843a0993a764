import Link from "next/link";
import { Card } from "@/components/ui/card";
import { SeverityBadge, StallsBadge } from "@/components/ui/badges";
import { can } from "@/lib/auth/permissions";
import { getLatestRun, getRunDiff, type DiffFinding } from "@/lib/evaluation/queries";
import { getRule } from "@/lib/rules/catalog";
import { severities, type Role } from "@/lib/validations/enums";
import { severityLabels } from "@/lib/ui/labels";
import { formatDateTime } from "@/lib/ui/format";
import { runEvaluationAction } from "../actions";
import { RunEvaluationControl } from "./run-evaluation-control";

function DiffList({ title, items, total, tone }: { title: string; items: DiffFinding[]; total: number; tone: string }) {
  return (
    <div>
      <h3 className={`text-sm font-semibold ${tone}`}>
        {title} <span className="tabular-nums">({total})</span>
      </h3>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">None</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {items.slice(0, 6).map((f) => (
            <li key={f.id} className="flex items-start gap-2">
              <span className="w-16 shrink-0">
                <SeverityBadge severity={f.severity} />
              </span>
              <div className="min-w-0">
                <p className="truncate" title={f.entityName}>{f.entityName}</p>
                <p className="truncate text-xs text-slate-500 dark:text-slate-400" title={getRule(f.ruleId)?.title}>
                  <span className="font-mono">{f.ruleId}</span> {getRule(f.ruleId)?.title}
                </p>
              </div>
            </li>
          ))}
          {total > 6 ? <li className="text-xs text-slate-500">and {total - 6} more</li> : null}
        </ul>
      )}
    </div>
  );
}

/** Latest evaluation run, its diff against the previous run, and the Run evaluation control. */
export async function EvaluationPanel({ tenantId, role }: { tenantId: string; role: Role }) {
  const latest = await getLatestRun(tenantId);
  const diff = latest?.status === "succeeded" ? await getRunDiff(latest.id, { limit: 6 }) : null;
  const control = can(role, "evaluation:run") ? <RunEvaluationControl tenantId={tenantId} runEvaluation={runEvaluationAction} /> : null;
  const counts = latest?.counts;

  return (
    <Card>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 className="text-sm font-semibold">Latest evaluation</h2>
          {latest ? (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {latest.status === "succeeded" ? "Finished" : latest.status === "failed" ? "Failed" : "Running"} {formatDateTime(latest.finishedAt ?? latest.startedAt)}
              {latest.startedByName ? ` · started by ${latest.startedByName}` : ""}
              {latest.durationMs ? ` · ${(latest.durationMs / 1000).toFixed(1)} s` : ""}
            </p>
          ) : (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">No evaluation has run on this tenant yet.</p>
          )}
          {latest?.status === "failed" && latest.error ? <p className="mt-2 text-sm text-red-700 dark:text-red-300">{latest.error}</p> : null}
        </div>
        {control ? <div className="ml-auto">{control}</div> : null}
      </div>
      {latest?.status === "succeeded" && counts ? (
        <div className="mt-5 grid gap-6 xl:grid-cols-[auto_1fr]">
          <div className="flex items-center gap-6">
            <div className="text-center">
              <p className="text-4xl font-semibold tabular-nums" aria-label="Posture score">{latest.score === null ? "–" : Math.round(latest.score)}</p>
              <p className="text-xs text-slate-500 dark:text-slate-400">posture score</p>
            </div>
            <dl className="grid grid-cols-[auto_auto] gap-x-4 gap-y-1 text-sm">
              {severities.filter((s) => s !== "info").map((s) => (
                <div key={s} className="contents">
                  <dt>
                    <Link href={`/findings?severity=${s}&status=open`} className="hover:underline">{severityLabels[s]}</Link>
                  </dt>
                  <dd className="text-right tabular-nums">{counts.bySeverity[s]?.open ?? 0}</dd>
                </div>
              ))}
              <dt className="text-slate-500">Accepted</dt>
              <dd className="text-right tabular-nums text-slate-500">{counts.accepted}</dd>
              <dt className="text-slate-500">Unknown</dt>
              <dd className="text-right tabular-nums text-slate-500">{counts.unknown}</dd>
            </dl>
          </div>
          {diff ? (
            <div className="grid min-w-0 gap-4 md:grid-cols-2">
              <DiffList title="New since the previous run" items={diff.findings.new} total={diff.totals.new} tone="text-red-700 dark:text-red-300" />
              <DiffList title="Resolved since the previous run" items={diff.findings.resolved} total={diff.totals.resolved} tone="text-emerald-700 dark:text-emerald-300" />
              {diff.totals.reopened + diff.totals.expired > 0 ? (
                <DiffList title="Reopened (back, or exception expired)" items={[...diff.findings.reopened, ...diff.findings.expired]} total={diff.totals.reopened + diff.totals.expired} tone="text-amber-700 dark:text-amber-300" />
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
      {latest?.status === "succeeded" ? (
        <p className="mt-4 text-xs text-slate-500 dark:text-slate-400">
          <StallsBadge /> findings leave a person stuck at a prompt; see <Link className="underline" href="/findings?stalls=1">the stalling findings</Link>.
        </p>
      ) : null}
    </Card>
  );
}
