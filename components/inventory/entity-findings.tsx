import Link from "next/link";
import { SeverityBadge, StallsBadge, StatusBadge } from "@/components/ui/badges";
import type { EntityFinding } from "@/lib/inventory/entity-findings";
import { sourceIdPath } from "@/lib/inventory/links";
import { formatDateTime } from "@/lib/ui/format";
import { EvidenceItems } from "./evidence-list";
import { Card } from "@/components/ui/card";
import { entityTypeLabels, labelOf, phaseLabels } from "@/lib/ui/labels";

/**
 * The unresolved findings of an entity with the evidence that made each fire. Findings reported on a
 * related entity (a user's Cloud PCs and clients) say which one.
 */
interface EntityFindingsProps {
  findings: EntityFinding[];
  total: number;
  entity: { entityType: string; entityId: string };
  allHref: string;
}

/** The findings card every detail page opens with; `#findings` is where the list tables' badges link. */
export function EntityFindingsCard(props: EntityFindingsProps) {
  return (
    <div id="findings" className="scroll-mt-20">
      <Card title={`Open findings (${props.total})`}>
        <EntityFindings {...props} />
      </Card>
    </div>
  );
}

export function EntityFindings({ findings, total, entity, allHref }: EntityFindingsProps) {
  if (total === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">No open findings. Findings appear here after an evaluation finds a rule this entity breaks or cannot decide.</p>;
  }
  return (
    <div>
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {findings.map((finding) => {
          const elsewhere = finding.entityType !== entity.entityType || finding.entityId !== entity.entityId;
          return (
            <li key={finding.id} className="py-3 first:pt-0 last:pb-0">
              <div className="flex flex-wrap items-center gap-2">
                <SeverityBadge severity={finding.severity} />
                <StatusBadge status={finding.verdict === "unknown" && finding.status === "open" ? "unknown" : finding.status} />
                {finding.stalls ? <StallsBadge /> : null}
                <Link prefetch={false} href={`/findings/rules/${finding.ruleId}`} className="font-mono text-xs text-brand-700 hover:underline dark:text-brand-100">
                  {finding.ruleId}
                </Link>
              </div>
              <p className="mt-1 text-sm font-medium">{finding.ruleTitle}</p>
              <p className="text-xs text-slate-500 dark:text-slate-400">
                {labelOf(phaseLabels, finding.phase)} · first seen {formatDateTime(finding.firstSeenAt)}
                {elsewhere ? (
                  <>
                    {" · on "}
                    {labelOf(entityTypeLabels, finding.entityType).toLowerCase()}{" "}
                    <Link prefetch={false} href={sourceIdPath(finding.entityType, finding.entityId)} className="text-brand-700 underline dark:text-brand-100">
                      {finding.entityName}
                    </Link>
                  </>
                ) : null}
              </p>
              {finding.missing ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">Missing fact: {finding.missing}</p> : null}
              {finding.acceptance ? (
                <p className="mt-1 text-xs text-violet-800 dark:text-violet-200">
                  Accepted by {finding.acceptance.owner} until {formatDateTime(finding.acceptance.expiresAt)}: {finding.acceptance.reason}
                </p>
              ) : null}
              <div className="mt-2 min-w-0">
                {finding.evidence ? <EvidenceItems evidence={finding.evidence} /> : <p className="text-xs text-slate-500 dark:text-slate-400">The stored evidence could not be read.</p>}
              </div>
            </li>
          );
        })}
      </ul>
      <p className="mt-3 text-sm">
        {total > findings.length ? `Showing ${findings.length} of ${total}. ` : null}
        <Link prefetch={false} href={allHref} className="text-brand-700 underline dark:text-brand-100">
          Open in the findings list
        </Link>
      </p>
    </div>
  );
}
