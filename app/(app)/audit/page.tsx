import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Forbidden } from "@/components/ui/states";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/table/filter-select";
import { Pagination } from "@/components/table/pagination";
import { viewerCan, requireViewer } from "@/lib/auth/session";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { listAuditActions, listAuditEvents } from "@/lib/audit/queries";
import { AuditListParams } from "@/lib/validations/audit";
import { firstValues } from "@/lib/validations/table-params";
import { AuditTable } from "./_components/audit-table";

export const metadata: Metadata = { title: "Audit" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireViewer();
  const header = <PageHeader title="Audit" description="Every change, triage decision, import, evaluation, diagnosis, export and sign-in: who, when, what, and before and after." />;
  if (!(await viewerCan("audit:read"))) return <>{header}<Forbidden /></>;
  const { selected } = await getSelectedTenant();
  const raw = firstValues(await searchParams);
  const params = AuditListParams.parse(raw);
  const [{ items, total }, actions] = await Promise.all([listAuditEvents(selected?.id ?? null, params), listAuditActions()]);
  const { page: _page, ...keep } = raw;
  void _page;
  const input = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950";
  return (
    <>
      {header}
      <form method="get" className="no-print mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-q" className="text-xs font-medium text-slate-600 dark:text-slate-400">Search</label>
          <input id="audit-q" name="q" defaultValue={params.q} placeholder="Summary text" className={`${input} w-44`} />
        </div>
        <FilterSelect label="Action" name="action" value={params.action} options={actions.map((a) => ({ value: a, label: a }))} />
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-actor" className="text-xs font-medium text-slate-600 dark:text-slate-400">Who</label>
          <input id="audit-actor" name="actor" defaultValue={params.actor} placeholder="Email" className={`${input} w-44`} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-from" className="text-xs font-medium text-slate-600 dark:text-slate-400">From</label>
          <input id="audit-from" name="from" type="date" defaultValue={params.from} className={input} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-to" className="text-xs font-medium text-slate-600 dark:text-slate-400">To</label>
          <input id="audit-to" name="to" type="date" defaultValue={params.to} className={input} />
        </div>
        <FilterSelect label="Tenants" name="scope" value={params.scope} options={[{ value: "all", label: "Every tenant" }]} />
        <button type="submit" className={buttonClass("primary")}>Apply</button>
        <Link href="/audit" className={buttonClass("ghost")}>Clear</Link>
      </form>
      {items.length === 0 ? <EmptyState title="No events match">Change or clear the filters.</EmptyState> : (
        <>
          <AuditTable items={items} />
          <Pagination basePath="/audit" params={keep} page={params.page} pageSize={params.pageSize} total={total} />
        </>
      )}
    </>
  );
}
