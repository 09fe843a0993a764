import { listClients } from "@/lib/clients/queries";
import { inventoryListRoute } from "@/lib/inventory/routes";
import { ClientListParams } from "@/lib/validations/inventory";

/** One page of the clients table as JSON, with the page's URL parameters. */
export const GET = inventoryListRoute(ClientListParams, listClients);
