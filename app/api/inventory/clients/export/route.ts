import { clientCsvColumns } from "@/lib/clients/csv";
import { exportClients } from "@/lib/clients/queries";
import { inventoryExportRoute } from "@/lib/inventory/routes";
import { ClientListParams } from "@/lib/validations/inventory";

/** The clients table as CSV: every row the URL's filters and search select, in its sort order. */
export const GET = inventoryExportRoute({ entity: "clients", schema: ClientListParams, columns: clientCsvColumns, rows: exportClients });
