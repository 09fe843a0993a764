import type { CloudPcPoolState } from "@/lib/agents/cloud-pc-state";
import { cloudPcPoolStateLabels, labelOf } from "@/lib/ui/labels";

const stateTone: Record<CloudPcPoolState, string> = {
  inUse: "bg-sky-100 text-sky-800 ring-sky-200 dark:bg-sky-500/15 dark:text-sky-200 dark:ring-sky-500/30",
  awaitingReset: "bg-amber-100 text-amber-900 ring-amber-200 dark:bg-amber-500/15 dark:text-amber-200 dark:ring-amber-500/30",
  clean: "bg-emerald-100 text-emerald-800 ring-emerald-200 dark:bg-emerald-500/15 dark:text-emerald-200 dark:ring-emerald-500/30",
};

export function PoolStateBadge({ state }: { state: CloudPcPoolState }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${stateTone[state]}`}>
      {labelOf(cloudPcPoolStateLabels, state)}
    </span>
  );
}
