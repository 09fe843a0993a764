import { listConditionalAccessPolicies } from "@/lib/conditional-access/queries";
import { inventoryListRoute } from "@/lib/inventory/routes";
import { ConditionalAccessListParams } from "@/lib/validations/inventory";

/** One page of the Conditional Access table as JSON, with the page's URL parameters. */
export const GET = inventoryListRoute(ConditionalAccessListParams, listConditionalAccessPolicies);
