import Link from "next/link";
import { cloudPcPoolStates } from "@/lib/agents/cloud-pc-state";
import type { PoolSummary } from "@/lib/agents/pools";
import { cloudPcPoolStateLabels } from "@/lib/ui/labels";

const countTone = {
  inUse: "text-sky-700 dark:text-sky-300",
  awaitingReset: "text-amber-700 dark:text-amber-300",
  clean: "text-emerald-700 dark:text-emerald-300",
} as const;

/** Each pool with its Cloud PCs counted by state; the card opens the pool view. */
export function PoolCards({ pools }: { pools: PoolSummary[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
      {pools.map((pool) => (
        <li key={pool.poolId}>
          <Link
            href={`/agents/pools/${encodeURIComponent(pool.poolId)}`}
            className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-500 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-slate-800 dark:bg-slate-900"
          >
            <p className="font-semibold text-slate-900 dark:text-slate-100">{pool.displayName}</p>
            <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
              {pool.cloudPcCount} Cloud PCs · {pool.assignedAgentCount} assigned agents · {pool.sessionCount} sessions
            </p>
            <dl className="mt-3 grid grid-cols-3 gap-2 text-center">
              {cloudPcPoolStates.map((state) => (
                <div key={state} className="rounded-md bg-slate-50 px-2 py-1.5 dark:bg-slate-800/60">
                  <dt className="text-[11px] font-medium text-slate-500 dark:text-slate-400">{cloudPcPoolStateLabels[state]}</dt>
                  <dd className={`text-lg font-semibold tabular-nums ${pool.cloudPcsByState[state] > 0 ? countTone[state] : "text-slate-400 dark:text-slate-500"}`}>{pool.cloudPcsByState[state]}</dd>
                </div>
              ))}
            </dl>
          </Link>
        </li>
      ))}
    </ul>
  );
}
