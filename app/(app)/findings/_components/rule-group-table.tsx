import Link from "next/link";
import { SeverityBadge, StallsBadge } from "@/components/ui/badges";
import { getRule } from "@/lib/rules/catalog";
import { phaseLabels, labelOf } from "@/lib/ui/labels";
import { severities } from "@/lib/validations/enums";
import type { RuleGroup } from "@/lib/findings/queries";

/** Findings grouped by rule, most severe first; each row opens the rule's page and its filtered list. */
export function RuleGroupTable({ groups, query }: { groups: RuleGroup[]; query: string }) {
  const rank = (id: string) => severities.indexOf(getRule(id)?.severity ?? "info");
  const sorted = [...groups].sort((a, b) => rank(a.ruleId) - rank(b.ruleId) || b.open - a.open || a.ruleId.localeCompare(b.ruleId));
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
          <tr>
            <th scope="col" className="px-3 py-2">Severity</th>
            <th scope="col" className="px-3 py-2">Rule</th>
            <th scope="col" className="px-3 py-2">Phase</th>
            <th scope="col" className="px-3 py-2 text-right">Open</th>
            <th scope="col" className="px-3 py-2 text-right">Unknown</th>
            <th scope="col" className="px-3 py-2 text-right">Accepted</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {sorted.map((g) => {
            const rule = getRule(g.ruleId);
            const list = `/findings?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(query)), ruleId: g.ruleId })}`;
            return (
              <tr key={g.ruleId}>
                <td className="px-3 py-2">{rule ? <SeverityBadge severity={rule.severity} /> : null}</td>
                <td className="px-3 py-2">
                  <Link href={`/findings/rules/${g.ruleId}`} className="font-mono text-xs text-brand-700 hover:underline dark:text-brand-100">
                    {g.ruleId}
                  </Link>
                  <p>{rule?.title ?? g.ruleId}</p>
                  {rule?.stalls ? <div className="mt-1"><StallsBadge /></div> : null}
                </td>
                <td className="px-3 py-2 text-slate-600 dark:text-slate-300">{labelOf(phaseLabels, rule?.phase)}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  <Link href={list} className="hover:underline">{g.open}</Link>
                </td>
                <td className="px-3 py-2 text-right tabular-nums text-slate-500">{g.unknown}</td>
                <td className="px-3 py-2 text-right tabular-nums text-slate-500">{g.accepted}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
