import { inventoryExportRoute } from "@/lib/inventory/routes";
import { provisioningPolicyCsvColumns } from "@/lib/provisioning-policies/csv";
import { exportProvisioningPolicies } from "@/lib/provisioning-policies/queries";
import { ProvisioningPolicyListParams } from "@/lib/validations/inventory";

/** The provisioning policy table as CSV, with the table's filters, search and sort. */
export const GET = inventoryExportRoute({
  entity: "provisioning-policies",
  schema: ProvisioningPolicyListParams,
  columns: provisioningPolicyCsvColumns,
  rows: exportProvisioningPolicies,
});
