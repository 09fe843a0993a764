import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { EmptyState, Forbidden } from "@/components/ui/states";
import { getPool } from "@/lib/agents/pools";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { formatDateTime } from "@/lib/ui/format";
import { PoolStateBadge } from "../../_components/pool-state";
import { routeParam } from "../../_components/route-param";
import { sessionHref } from "../../_components/session-table";

export const metadata: Metadata = { title: "Agent pool" };

const back = (
  <Link href="/agents" className="text-sm text-brand-700 hover:underline dark:text-brand-100">
    ← Agents
  </Link>
);
const th = "px-3 py-2";

export default async function AgentPoolPage({ params }: { params: Promise<{ poolId: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer.role, "tenant:read")) return <Forbidden />;
  const poolId = routeParam((await params).poolId);
  const { selected } = await getSelectedTenant();
  const pool = selected ? await getPool(selected.id, poolId) : null;
  if (!selected || !pool) {
    return (
      <>
        <PageHeader title="Agent pool" actions={back} />
        <EmptyState title="No such agent pool">{selected ? `${selected.displayName} holds no agent pool with this id.` : "There is no tenant yet."}</EmptyState>
      </>
    );
  }
  const count = (state: string) => pool.cloudPcs.filter((pc) => pc.state === state).length;
  const poolSessions = `/agents?pool=${encodeURIComponent(pool.poolId)}`;

  return (
    <>
      <PageHeader title={pool.displayName} description="An agent pool: the Cloud PCs agents check out for their tasks, each reset before it serves the next session." actions={back} />
      <div className="grid grid-cols-1 gap-6 [&>*]:min-w-0">
        <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
          <Stat label="In use" value={count("inUse")} />
          <Stat label="Awaiting reset" value={count("awaitingReset")} tone={count("awaitingReset") > 0 ? "bad" : "default"} />
          <Stat label="Clean" value={count("clean")} tone="good" />
          <Stat label="Sessions" value={pool.sessionCount} href={poolSessions} />
        </div>

        <Card title="Cloud PCs">
          {pool.cloudPcs.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">No Cloud PC is recorded as a member of this pool.</p>
          ) : (
            <div className="relative overflow-x-auto">
              <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
                <caption className="sr-only">Cloud PCs of {pool.displayName}</caption>
                <thead className="text-left text-xs font-semibold text-slate-600 dark:text-slate-300">
                  <tr>
                    <th scope="col" className={th}>Cloud PC</th>
                    <th scope="col" className={th}>State</th>
                    <th scope="col" className={th}>Last reset</th>
                    <th scope="col" className={th}>Latest session</th>
                    <th scope="col" className={`${th} text-right`}>Sessions served</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                  {pool.cloudPcs.map((pc) => (
                    <tr key={pc.cloudPcId}>
                      <th scope="row" className="px-3 py-2 text-left font-mono text-xs font-medium">{pc.displayName}</th>
                      <td className="px-3 py-2"><PoolStateBadge state={pc.state} /></td>
                      <td className="px-3 py-2 whitespace-nowrap">{pc.lastResetAt ? formatDateTime(pc.lastResetAt) : <span className="text-slate-500 dark:text-slate-400">Never recorded</span>}</td>
                      <td className="px-3 py-2 whitespace-nowrap">
                        {pc.latestSession ? (
                          <Link href={sessionHref(pc.latestSession.sessionId)} className="text-brand-700 hover:underline dark:text-brand-100">
                            {formatDateTime(pc.latestSession.startedAt)}
                          </Link>
                        ) : (
                          <span className="text-slate-500 dark:text-slate-400">None</span>
                        )}
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums">
                        {pc.sessionCount > 0 ? (
                          <Link href={`/agents?cloudPc=${encodeURIComponent(pc.cloudPcId)}`} className="text-brand-700 hover:underline dark:text-brand-100" aria-label={`${pc.sessionCount} sessions served by ${pc.displayName}`}>
                            {pc.sessionCount}
                          </Link>
                        ) : (
                          0
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {pool.sessionsOutsidePool > 0 ? (
            <p className="mt-3 text-sm text-amber-800 dark:text-amber-200">
              {pool.sessionsOutsidePool} {pool.sessionsOutsidePool === 1 ? "session" : "sessions"} of this pool ran on a Cloud PC that is not recorded as its member.
            </p>
          ) : null}
        </Card>

        <Card title="Assigned agents">
          {pool.assignedAgents.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">No agent is assigned: no agent may check out this pool&apos;s Cloud PCs.</p>
          ) : (
            <ul className="flex flex-wrap gap-2 text-sm">
              {pool.assignedAgents.map((agent) => (
                <li key={agent.agentId}>
                  <Link href={`/agents?agent=${encodeURIComponent(agent.agentId)}&pool=${encodeURIComponent(pool.poolId)}`} className="inline-block rounded-full border border-slate-300 px-3 py-1 hover:border-brand-500 dark:border-slate-700">
                    {agent.displayName}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
