import Link from "next/link";
import { Check, X } from "lucide-react";
import { identitySupport } from "@/lib/matrix/join-capabilities";
import type { IdentityJoinCell } from "@/lib/matrix/queries";
import { identityTypeLabels, joinTypeLabels } from "@/lib/ui/labels";
import { identityTypes } from "@/lib/validations/enums";
import { RuleFlags, cellTone } from "./rule-flags";
import { MatrixTable } from "./matrix-table";

const order = ["hybridAzureADJoin", "azureADJoin"] as const;

/** Identity type x join type: whether Windows 365 supports the pair, how many people sit in it, and what breaks. */
export function IdentityJoinMatrix({ cells }: { cells: Record<string, Record<string, IdentityJoinCell>> }) {
  return (
    <MatrixTable
      title="Identity type × join type"
      caption="People by identity type and the join type of their Cloud PCs. A person in an unsupported cell cannot sign in."
      head={
        <tr>
          <th scope="col" className="px-3 py-2 text-left">Identity type</th>
          {order.map((j) => (
            <th key={j} scope="col" className="px-3 py-2 text-left">{joinTypeLabels[j]}</th>
          ))}
        </tr>
      }
    >
      {identityTypes.map((identity) => (
        <tr key={identity} className="align-top">
          <th scope="row" className="px-3 py-2 text-left font-medium">{identityTypeLabels[identity]}</th>
          {order.map((join) => {
            const support = identitySupport[identity][join];
            const cell = cells[identity]?.[join] ?? { users: 0, brokenByRule: {} };
            const flags = support.breakingRules.map((ruleId) => ({ ruleId, n: cell.brokenByRule[ruleId] ?? 0 }));
            const broken = flags.some((f) => f.n > 0) || (!support.supported && cell.users > 0);
            return (
              <td key={join} className={`px-3 py-2 ${cellTone(broken)}`}>
                <p className="flex items-center gap-1.5">
                  {support.supported ? (
                    <Check className="h-4 w-4 text-emerald-600" aria-label="Supported" />
                  ) : (
                    <X className="h-4 w-4 text-red-600" aria-label="Not supported" />
                  )}
                  <span>{support.note}</span>
                </p>
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  <Link href={`/users?identityType=${identity}&joinType=${join}`} className="hover:underline">
                    {cell.users} {cell.users === 1 ? "person" : "people"}
                  </Link>
                </p>
                <RuleFlags counts={flags} />
              </td>
            );
          })}
        </tr>
      ))}
    </MatrixTable>
  );
}
