import type { Metadata } from "next";
import { InventoryListPage } from "@/components/inventory/list-page";
import { getClientUserFilter, listClients } from "@/lib/clients/queries";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { ClientListParams } from "@/lib/validations/inventory";
import { firstValues } from "@/lib/validations/table-params";
import { RunEvaluationControl } from "../_components/run-evaluation-control";
import { runEvaluationAction } from "../actions";
import { ClientTable } from "./_components/client-table";

export const metadata: Metadata = { title: "Clients" };

export default async function ClientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getInventoryContext();
  const raw = firstValues(await searchParams);
  const tenant = ctx.canRead ? ctx.tenant : null;
  const params = ClientListParams.parse(raw);
  const data = tenant ? await Promise.all([listClients(tenant.id, params), getClientUserFilter(tenant.id, params.user)]) : null;
  return (
    <InventoryListPage
      ctx={ctx}
      title="Clients"
      description="How people connect: the app, the device it runs on and what that device can reach."
      create={{ href: "/clients/new", label: "New client" }}
      what="client"
      changed={raw.changed}
      evaluate={tenant ? <RunEvaluationControl tenantId={tenant.id} runEvaluation={runEvaluationAction} /> : null}
    >
      {tenant && data ? (
        <ClientTable
          tenantId={tenant.id}
          initial={{ params, page: data[0] }}
          userFilter={data[1]}
          canExport={ctx.canExport}
          emptyBody={ctx.canEdit ? "Import a snapshot on the Reports page, or add one with New client." : "An admin imports them with a tenant snapshot."}
        />
      ) : null}
    </InventoryListPage>
  );
}
