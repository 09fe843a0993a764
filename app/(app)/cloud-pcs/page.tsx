import type { Metadata } from "next";
import { InventoryListPage } from "@/components/inventory/list-page";
import { getCloudPcFilterOptions, listCloudPcs } from "@/lib/cloud-pcs/queries";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { CloudPcListParams } from "@/lib/validations/inventory";
import { firstValues } from "@/lib/validations/table-params";
import { RunEvaluationControl } from "../_components/run-evaluation-control";
import { runEvaluationAction } from "../actions";
import { CloudPcTable } from "./_components/cloud-pc-table";

export const metadata: Metadata = { title: "Cloud PCs" };

export default async function CloudPcsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getInventoryContext();
  const raw = firstValues(await searchParams);
  const tenant = ctx.canRead ? ctx.tenant : null;
  const params = CloudPcListParams.parse(raw);
  const data = tenant ? await Promise.all([listCloudPcs(tenant.id, params), getCloudPcFilterOptions(tenant.id)]) : null;
  return (
    <InventoryListPage
      ctx={ctx}
      title="Cloud PCs"
      description="Every Cloud PC with its user, join type, OS, SSO state and open findings."
      create={{ href: "/cloud-pcs/new", label: "New Cloud PC" }}
      what="Cloud PC"
      changed={raw.changed}
      evaluate={tenant ? <RunEvaluationControl tenantId={tenant.id} runEvaluation={runEvaluationAction} /> : null}
    >
      {tenant && data ? (
        <CloudPcTable
          tenantId={tenant.id}
          initial={{ params, page: data[0] }}
          options={data[1]}
          canExport={ctx.canExport}
          emptyBody={ctx.canEdit ? "Import a snapshot on the Reports page, or add one with New Cloud PC." : "An admin imports them with a tenant snapshot."}
        />
      ) : null}
    </InventoryListPage>
  );
}
