import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { buttonClass } from "@/components/ui/button";
import { Pagination } from "@/components/table/pagination";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { listFindings, listRuleGroups } from "@/lib/findings/queries";
import { ruleCatalog } from "@/lib/rules/catalog";
import { FindingListParams } from "@/lib/validations/findings";
import { firstValues } from "@/lib/validations/table-params";
import { FindingFilters } from "./_components/finding-filters";
import { FindingTable } from "./_components/finding-table";
import { RuleGroupTable } from "./_components/rule-group-table";
import { acceptRiskAction, reopenFindingsAction } from "./actions";

export const metadata: Metadata = { title: "Findings" };

const ruleTitles = Object.fromEntries(ruleCatalog.map((r) => [r.id, r.title]));

export default async function FindingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const { selected } = await getSelectedTenant();
  const raw = firstValues(await searchParams);
  const params = FindingListParams.parse(raw);
  const byRule = raw.view === "rules";
  if (!selected) return <EmptyState title="No tenant yet" />;
  const { page: _page, view: _view, ...keep } = raw;
  void _page;
  void _view;
  const query = new URLSearchParams(keep).toString();
  const exportHref = `/api/findings/export?${query}`;

  return (
    <>
      <PageHeader
        title="Findings"
        description="Misconfigurations that make sign-in fail, stall at a prompt, or weaken security, from the latest evaluation. Unknown means a fact the rule needs is missing."
        actions={
          <>
            <nav aria-label="Findings view" className="flex rounded-md border border-slate-300 p-0.5 text-sm dark:border-slate-700">
              <Link href={`/findings?${query}`} aria-current={!byRule ? "page" : undefined} className={`rounded px-3 py-1 ${!byRule ? "bg-brand-600 text-white" : ""}`}>
                List
              </Link>
              <Link href={`/findings?${new URLSearchParams({ ...keep, view: "rules" })}`} aria-current={byRule ? "page" : undefined} className={`rounded px-3 py-1 ${byRule ? "bg-brand-600 text-white" : ""}`}>
                By rule
              </Link>
            </nav>
            <a className={buttonClass("secondary")} href={exportHref} download>
              Export CSV
            </a>
          </>
        }
      />
      <FindingFilters params={params} view={byRule ? "rules" : undefined} />
      {byRule ? <RuleGroupSection tenantId={selected.id} params={params} query={query} /> : <ListSection tenantId={selected.id} params={params} keep={keep} canTriage={can(viewer.role, "findings:triage")} />}
    </>
  );
}

async function ListSection({ tenantId, params, keep, canTriage }: { tenantId: string; params: FindingListParams; keep: Record<string, string>; canTriage: boolean }) {
  const { items, total } = await listFindings(tenantId, params);
  if (total === 0 && Object.keys(keep).length === 0) {
    return <EmptyState title="No findings yet">Run an evaluation from the overview to see this tenant&apos;s findings.</EmptyState>;
  }
  // The table stays mounted when a triage empties the page, so its confirmation stays on screen.
  return (
    <>
      <FindingTable items={items} ruleTitles={ruleTitles} triage={canTriage ? { acceptRisk: acceptRiskAction, reopen: reopenFindingsAction } : null} />
      {items.length > 0 ? <Pagination basePath="/findings" params={keep} page={params.page} pageSize={params.pageSize} total={total} /> : null}
    </>
  );
}

async function RuleGroupSection({ tenantId, params, query }: { tenantId: string; params: FindingListParams; query: string }) {
  const groups = await listRuleGroups(tenantId, params);
  if (groups.length === 0) return <EmptyState title="No findings match">Change or clear the filters.</EmptyState>;
  return <RuleGroupTable groups={groups} query={query} />;
}
