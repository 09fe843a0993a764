import { inventoryListRoute } from "@/lib/inventory/routes";
import { listNetworkConnections } from "@/lib/network-connections/queries";
import { NetworkConnectionListParams } from "@/lib/validations/inventory";

/** One page of the network connection table as JSON, with the page's URL parameters. */
export const GET = inventoryListRoute(NetworkConnectionListParams, listNetworkConnections);
