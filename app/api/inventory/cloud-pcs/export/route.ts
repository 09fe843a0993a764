import { cloudPcCsvColumns } from "@/lib/cloud-pcs/csv";
import { exportCloudPcs } from "@/lib/cloud-pcs/queries";
import { inventoryExportRoute } from "@/lib/inventory/routes";
import { CloudPcListParams } from "@/lib/validations/inventory";

/** The Cloud PC table as CSV: every row the URL's filters and search select, in its sort order. */
export const GET = inventoryExportRoute({ entity: "cloud-pcs", schema: CloudPcListParams, columns: cloudPcCsvColumns, rows: exportCloudPcs });
