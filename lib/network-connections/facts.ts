import { graph, type Fact } from "@/lib/inventory/facts";
import { graphValueLabel, healthCheckStatusLabels, joinTypeLabels } from "@/lib/ui/labels";
import type { GraphOnPremisesConnection } from "@/lib/validations/snapshot";

/** Every fact of an Azure network connection (Graph cloudPcOnPremisesConnection) with its source. */
export function networkConnectionFacts(connection: GraphOnPremisesConnection): Fact[] {
  const detail = connection.healthCheckStatusDetail;
  return [
    { label: "Name", value: connection.displayName, source: graph("cloudPcOnPremisesConnection.displayName") },
    { label: "Id", value: connection.id, source: graph("cloudPcOnPremisesConnection.id") },
    {
      label: "Connection type",
      value: connection.connectionType ?? null,
      display: connection.connectionType ? joinTypeLabels[connection.connectionType] : undefined,
      source: graph("cloudPcOnPremisesConnection.connectionType"),
    },
    { label: "Azure subscription id", value: connection.subscriptionId ?? null, source: graph("cloudPcOnPremisesConnection.subscriptionId") },
    { label: "Azure subscription", value: connection.subscriptionName ?? null, source: graph("cloudPcOnPremisesConnection.subscriptionName") },
    { label: "AD domain", value: connection.adDomainName ?? null, source: graph("cloudPcOnPremisesConnection.adDomainName") },
    { label: "Virtual network", value: connection.virtualNetworkId ?? null, source: graph("cloudPcOnPremisesConnection.virtualNetworkId") },
    { label: "Subnet", value: connection.subnetId ?? null, source: graph("cloudPcOnPremisesConnection.subnetId") },
    {
      label: "Health check status",
      value: connection.healthCheckStatus ?? null,
      display: connection.healthCheckStatus ? graphValueLabel(healthCheckStatusLabels, connection.healthCheckStatus) : undefined,
      source: graph("cloudPcOnPremisesConnection.healthCheckStatus"),
    },
    { label: "Last health check started", value: detail?.startDateTime ?? null, source: graph("healthCheckStatusDetail.startDateTime") },
    { label: "Last health check ended", value: detail?.endDateTime ?? null, source: graph("healthCheckStatusDetail.endDateTime") },
  ];
}
