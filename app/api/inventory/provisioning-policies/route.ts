import { inventoryListRoute } from "@/lib/inventory/routes";
import { listProvisioningPolicies } from "@/lib/provisioning-policies/queries";
import { ProvisioningPolicyListParams } from "@/lib/validations/inventory";

/** One page of the provisioning policy table as JSON, with the page's URL parameters. */
export const GET = inventoryListRoute(ProvisioningPolicyListParams, listProvisioningPolicies);
