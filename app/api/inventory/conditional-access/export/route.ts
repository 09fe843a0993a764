import { conditionalAccessCsvColumns } from "@/lib/conditional-access/csv";
import { exportConditionalAccessPolicies } from "@/lib/conditional-access/queries";
import { inventoryExportRoute } from "@/lib/inventory/routes";
import { ConditionalAccessListParams } from "@/lib/validations/inventory";

/** The Conditional Access table as CSV, with the table's filters, search and sort. */
export const GET = inventoryExportRoute({
  entity: "conditional-access",
  schema: ConditionalAccessListParams,
  columns: conditionalAccessCsvColumns,
  rows: exportConditionalAccessPolicies,
});
