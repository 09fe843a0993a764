import { inventoryExportRoute } from "@/lib/inventory/routes";
import { networkConnectionCsvColumns } from "@/lib/network-connections/csv";
import { exportNetworkConnections } from "@/lib/network-connections/queries";
import { NetworkConnectionListParams } from "@/lib/validations/inventory";

/** The network connection table as CSV, with the table's filters, search and sort. */
export const GET = inventoryExportRoute({
  entity: "network-connections",
  schema: NetworkConnectionListParams,
  columns: networkConnectionCsvColumns,
  rows: exportNetworkConnections,
});
