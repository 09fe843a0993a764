import Link from "next/link";
import { joinCapabilities } from "@/lib/matrix/join-capabilities";
import type { JoinMatrixCounts } from "@/lib/matrix/queries";
import { joinTypeLabels } from "@/lib/ui/labels";
import { joinTypes } from "@/lib/validations/enums";
import { RuleFlags, cellTone } from "./rule-flags";
import { MatrixTable } from "./matrix-table";

/** Capabilities by join type (seed 003's join table), with the tenant's Cloud PCs and people on each. */
export function JoinMatrix({ counts }: { counts: JoinMatrixCounts }) {
  const order = ["hybridAzureADJoin", "azureADJoin"] as const;
  return (
    <MatrixTable
      title="Capabilities by join type"
      caption="Microsoft Entra hybrid join and Microsoft Entra join, as documented, with this tenant's Cloud PCs and people on each."
      head={
        <tr>
          <th scope="col" className="px-3 py-2 text-left">Capability</th>
          {order.map((j) => (
            <th key={j} scope="col" className="px-3 py-2 text-left">
              {joinTypeLabels[j]}
              <p className="mt-0.5 text-xs font-normal text-slate-500 dark:text-slate-400">
                <Link href={`/cloud-pcs?joinType=${j}`} className="hover:underline">{counts.cloudPcs[j] ?? 0} Cloud PCs</Link> · {counts.users[j] ?? 0} people
              </p>
            </th>
          ))}
        </tr>
      }
    >
      {joinCapabilities.map((cap) => (
        <tr key={cap.key} className="align-top">
          <th scope="row" className="px-3 py-2 text-left font-medium">{cap.capability}</th>
          {order.filter((j) => joinTypes.includes(j)).map((j) => {
            const cell = cap.cells[j];
            const flags = cell.breakingRules.map((ruleId) => ({ ruleId, n: counts.failingByRule[ruleId] ?? 0 }));
            return (
              <td key={j} className={`px-3 py-2 ${cellTone(flags.some((f) => f.n > 0))}`}>
                {cell.text}
                <RuleFlags counts={flags} />
              </td>
            );
          })}
        </tr>
      ))}
    </MatrixTable>
  );
}
