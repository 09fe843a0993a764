import type { Metadata } from "next";
import { InventoryListPage } from "@/components/inventory/list-page";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { listHealthStatuses, listNetworkConnections } from "@/lib/network-connections/queries";
import { NetworkConnectionListParams } from "@/lib/validations/inventory";
import { firstValues } from "@/lib/validations/table-params";
import { RunEvaluationControl } from "../_components/run-evaluation-control";
import { runEvaluationAction } from "../actions";
import { NetworkConnectionTable } from "./_components/network-connection-table";

export const metadata: Metadata = { title: "Network connections" };

export default async function NetworkConnectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getInventoryContext();
  const raw = firstValues(await searchParams);
  const tenant = ctx.canRead ? ctx.tenant : null;
  const params = NetworkConnectionListParams.parse(raw);
  const data = tenant ? await Promise.all([listNetworkConnections(tenant.id, params), listHealthStatuses(tenant.id)]) : null;
  return (
    <InventoryListPage
      ctx={ctx}
      title="Network connections"
      description="Azure network connections: the subscription, virtual network and domain of hybrid-joined Cloud PCs, with their last health checks."
      create={{ href: "/network-connections/new", label: "New network connection" }}
      what="network connection"
      changed={raw.changed}
      evaluate={tenant ? <RunEvaluationControl tenantId={tenant.id} runEvaluation={runEvaluationAction} /> : null}
    >
      {tenant && data ? (
        <NetworkConnectionTable
          tenantId={tenant.id}
          initial={{ params, page: data[0] }}
          statuses={data[1]}
          canExport={ctx.canExport}
          emptyBody="Only hybrid-joined provisioning policies need one. They come with a tenant snapshot or a Microsoft Graph export."
        />
      ) : null}
    </InventoryListPage>
  );
}
