import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getRule } from "@/lib/rules/catalog";
import { getScoreTrend, getStalledUsers, getTopFailingRules } from "@/lib/posture/overview";
import { ScoreTrendChart } from "./score-trend-chart";

/** The morning view: score trend, who would be stuck at sign-in and why, the rules failing most. */
export async function PostureCards({ tenantId }: { tenantId: string }) {
  const [trend, stalled, top] = await Promise.all([getScoreTrend(tenantId), getStalledUsers(tenantId), getTopFailingRules(tenantId)]);
  return (
    <div className="grid gap-6 xl:grid-cols-3">
      <Card title="Posture score trend">
        {trend.length < 2 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">The trend appears after two finished evaluations.</p>
        ) : (
          <ScoreTrendChart points={trend} />
        )}
      </Card>
      <Card title="People whose sign-in would stall">
        <p className="text-3xl font-semibold tabular-nums">{stalled.total}</p>
        <ul className="mt-3 space-y-1 text-sm">
          {stalled.byRule.slice(0, 6).map((r) => (
            <li key={r.ruleId} className="flex justify-between gap-3">
              <Link href={`/findings?ruleId=${r.ruleId}&status=open`} className="min-w-0 truncate hover:underline" title={getRule(r.ruleId)?.title}>
                <span className="font-mono text-xs text-slate-500">{r.ruleId}</span> {getRule(r.ruleId)?.title}
              </Link>
              <span className="tabular-nums">{r.users}</span>
            </li>
          ))}
          {stalled.byRule.length === 0 ? <li className="text-slate-500">No one is stuck by an open finding.</li> : null}
        </ul>
      </Card>
      <Card title="Top failing rules">
        <ul className="space-y-1 text-sm">
          {top.map((r) => (
            <li key={r.ruleId} className="flex justify-between gap-3">
              <Link href={`/findings/rules/${r.ruleId}`} className="min-w-0 truncate hover:underline" title={getRule(r.ruleId)?.title}>
                <span className="font-mono text-xs text-slate-500">{r.ruleId}</span> {getRule(r.ruleId)?.title}
              </Link>
              <span className="tabular-nums">{r.count}</span>
            </li>
          ))}
          {top.length === 0 ? <li className="text-slate-500">No open failing findings.</li> : null}
        </ul>
      </Card>
    </div>
  );
}
