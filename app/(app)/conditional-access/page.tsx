import type { Metadata } from "next";
import { InventoryListPage } from "@/components/inventory/list-page";
import { listConditionalAccessPolicies } from "@/lib/conditional-access/queries";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { ConditionalAccessListParams } from "@/lib/validations/inventory";
import { firstValues } from "@/lib/validations/table-params";
import { ConditionalAccessTable } from "./_components/ca-table";

export const metadata: Metadata = { title: "Conditional Access" };

export default async function ConditionalAccessPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getInventoryContext();
  const raw = firstValues(await searchParams);
  const tenant = ctx.canRead ? ctx.tenant : null;
  const params = ConditionalAccessListParams.parse(raw);
  const page = tenant ? await listConditionalAccessPolicies(tenant.id, params) : null;
  return (
    <InventoryListPage
      ctx={ctx}
      title="Conditional Access"
      description="The policies that govern sign-in to the Cloud PC apps: whether they cover Windows 365 and Azure Virtual Desktop, require MFA and set a sign-in frequency."
      what="Conditional Access policy"
      evaluate={null}
    >
      {tenant && page ? <ConditionalAccessTable tenantId={tenant.id} initial={{ params, page }} canExport={ctx.canExport} /> : null}
    </InventoryListPage>
  );
}
