import type { Metadata } from "next";
import { InventoryListPage } from "@/components/inventory/list-page";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { listNetworkConnectionChoices, listProvisioningPolicies } from "@/lib/provisioning-policies/queries";
import { ProvisioningPolicyListParams } from "@/lib/validations/inventory";
import { firstValues } from "@/lib/validations/table-params";
import { RunEvaluationControl } from "../_components/run-evaluation-control";
import { runEvaluationAction } from "../actions";
import { ProvisioningPolicyTable } from "./_components/policy-table";

export const metadata: Metadata = { title: "Provisioning policies" };

export default async function ProvisioningPoliciesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getInventoryContext();
  const raw = firstValues(await searchParams);
  const tenant = ctx.canRead ? ctx.tenant : null;
  const params = ProvisioningPolicyListParams.parse(raw);
  const data = tenant ? await Promise.all([listProvisioningPolicies(tenant.id, params), listNetworkConnectionChoices(tenant.id)]) : null;
  return (
    <InventoryListPage
      ctx={ctx}
      title="Provisioning policies"
      description="How Cloud PCs are joined and whether single sign-on is on: each policy with its network connection, Cloud PCs and open findings."
      what="provisioning policy"
      changed={raw.changed}
      evaluate={tenant ? <RunEvaluationControl tenantId={tenant.id} runEvaluation={runEvaluationAction} /> : null}
    >
      {tenant && data ? <ProvisioningPolicyTable tenantId={tenant.id} initial={{ params, page: data[0] }} connections={data[1]} canExport={ctx.canExport} /> : null}
    </InventoryListPage>
  );
}
