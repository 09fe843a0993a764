import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { SeverityBadge, StallsBadge } from "@/components/ui/badges";
import { Pagination } from "@/components/table/pagination";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { getRule, ruleCatalog } from "@/lib/rules/catalog";
import { listFindings } from "@/lib/findings/queries";
import { FindingListParams } from "@/lib/validations/findings";
import { firstValues } from "@/lib/validations/table-params";
import { entityTypeLabels, phaseLabels, labelOf } from "@/lib/ui/labels";
import { FindingTable } from "../../_components/finding-table";
import { acceptRiskAction, reopenFindingsAction } from "../../actions";

type Props = { params: Promise<{ ruleId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ruleId } = await params;
  return { title: `${ruleId} ${getRule(ruleId)?.title ?? ""}` };
}

const ruleTitles = Object.fromEntries(ruleCatalog.map((r) => [r.id, r.title]));

export default async function RulePage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const { ruleId } = await params;
  const rule = getRule(ruleId);
  if (!rule) notFound();
  const { selected } = await getSelectedTenant();
  const raw = firstValues(await searchParams);
  const listParams = FindingListParams.parse({ ...raw, ruleId });
  const found = selected ? await listFindings(selected.id, listParams) : { items: [], total: 0 };
  const { page: _page, ...keep } = raw;
  void _page;

  return (
    <>
      <PageHeader
        title={`${rule.id} · ${rule.title}`}
        description={<span className="flex flex-wrap items-center gap-2"><SeverityBadge severity={rule.severity} />{rule.stalls ? <StallsBadge /> : null}<span>{labelOf(phaseLabels, rule.phase)} · reported on each {labelOf(entityTypeLabels, rule.entityType).toLowerCase()}</span></span>}
        actions={<Link href="/findings?view=rules" className="text-sm text-brand-700 hover:underline dark:text-brand-100">All rules</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Why it matters" className="lg:col-span-2">
          <p className="text-sm leading-relaxed">{rule.rationale}</p>
          <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">Source: {rule.source}</p>
        </Card>
        <Card title="How to fix it">
          <ol className="list-decimal space-y-1.5 pl-5 text-sm">
            {rule.remediation.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </Card>
      </div>
      <h2 className="mt-8 mb-3 text-lg font-semibold">Affected entities ({found.total})</h2>
      {found.items.length === 0 ? (
        <EmptyState title="Nothing is affected">The latest evaluation found no open, accepted or unknown result for this rule in this tenant.</EmptyState>
      ) : (
        <>
          <FindingTable items={found.items} ruleTitles={ruleTitles} triage={can(viewer.role, "findings:triage") ? { acceptRisk: acceptRiskAction, reopen: reopenFindingsAction } : null} />
          <Pagination basePath={`/findings/rules/${rule.id}`} params={keep} page={listParams.page} pageSize={listParams.pageSize} total={found.total} />
        </>
      )}
    </>
  );
}
