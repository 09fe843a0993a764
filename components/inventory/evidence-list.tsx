import Link from "next/link";
import { formatEvidenceValue } from "@/lib/inventory/evidence";
import { inventoryBasePaths, sourceIdPath } from "@/lib/inventory/links";
import type { EvidenceItem } from "@/lib/rules/types";

/**
 * The facts that decided a verdict, one per line: the fact, then its value, linking to the entity it
 * came from when that entity has a page. Label and value wrap as a sentence, so a long UPN in either
 * reads well in a narrow column too.
 */
export function EvidenceItems({ evidence }: { evidence: EvidenceItem[] }) {
  if (evidence.length === 0) return <p className="text-xs text-slate-500 dark:text-slate-400">No evidence recorded.</p>;
  return (
    <dl className="space-y-0.5 text-xs [overflow-wrap:anywhere]">
      {evidence.map((item, i) => {
        const value = formatEvidenceValue(item.value);
        const linkable = item.ref && item.ref.entityType in inventoryBasePaths;
        return (
          <div key={`${item.label}-${i}`} className="flex flex-wrap gap-x-1.5">
            <dt className="text-slate-500 dark:text-slate-400">{item.label}:</dt>
            <dd className={item.value === null ? "text-slate-500 italic dark:text-slate-400" : "font-medium text-slate-800 dark:text-slate-100"}>
              {linkable && item.ref ? (
                <Link prefetch={false} href={sourceIdPath(item.ref.entityType, item.ref.entityId)} className="text-brand-700 hover:underline dark:text-brand-100">
                  {value}
                </Link>
              ) : (
                value
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
