import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { Pagination } from "@/components/table/pagination";
import { requireViewer } from "@/lib/auth/session";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { listFindings } from "@/lib/findings/queries";
import { FindingListParams } from "@/lib/validations/findings";
import { firstValues } from "@/lib/validations/table-params";
import { FindingFilters } from "./_components/finding-filters";
import { FindingTable } from "./_components/finding-table";

export const metadata: Metadata = { title: "Findings" };

export default async function FindingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireViewer();
  const { selected } = await getSelectedTenant();
  const raw = firstValues(await searchParams);
  const params = FindingListParams.parse(raw);
  if (!selected) return <EmptyState title="No tenant yet" />;
  const { items, total } = await listFindings(selected.id, params);
  const { page: _page, ...keep } = raw;
  void _page;
  return (
    <>
      <PageHeader
        title="Findings"
        description="Misconfigurations that make sign-in fail, stall at a prompt, or weaken security, from the latest evaluation. Unknown means a fact the rule needs is missing."
      />
      <FindingFilters params={params} />
      {items.length === 0 ? (
        <EmptyState title="No findings match">
          {total === 0 && Object.keys(keep).length === 0 ? "Run an evaluation from the overview to see this tenant's findings." : "Change or clear the filters."}
        </EmptyState>
      ) : (
        <>
          <FindingTable items={items} />
          <Pagination basePath="/findings" params={keep} page={params.page} pageSize={params.pageSize} total={total} />
        </>
      )}
    </>
  );
}
