import { SeverityBadge, StallsBadge, StatusBadge } from "@/components/ui/badges";
import { getRule } from "@/lib/rules/catalog";
import { entityTypeLabels, phaseLabels, labelOf } from "@/lib/ui/labels";
import type { FindingRow } from "@/lib/findings/queries";

export function FindingTable({ items }: { items: FindingRow[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
          <tr>
            <th scope="col" className="px-3 py-2">Severity</th>
            <th scope="col" className="px-3 py-2">Rule</th>
            <th scope="col" className="px-3 py-2">Entity</th>
            <th scope="col" className="px-3 py-2">Phase</th>
            <th scope="col" className="px-3 py-2">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((f) => (
            <tr key={f.id} className="align-top">
              <td className="px-3 py-2">
                <SeverityBadge severity={f.severity} />
              </td>
              <td className="px-3 py-2">
                <p className="font-mono text-xs text-slate-500 dark:text-slate-400">{f.ruleId}</p>
                <p>{getRule(f.ruleId)?.title ?? f.ruleId}</p>
                {f.stalls ? <div className="mt-1"><StallsBadge /></div> : null}
              </td>
              <td className="px-3 py-2">
                <p>{f.entityName}</p>
                <p className="text-xs text-slate-500 dark:text-slate-400">{labelOf(entityTypeLabels, f.entityType)}</p>
              </td>
              <td className="px-3 py-2 text-slate-600 dark:text-slate-300">{labelOf(phaseLabels, f.phase)}</td>
              <td className="px-3 py-2">
                <StatusBadge status={f.verdict === "unknown" && f.status === "open" ? "unknown" : f.status} />
                {f.missing ? <p className="mt-1 max-w-xs text-xs text-slate-500 dark:text-slate-400">Missing: {f.missing}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
