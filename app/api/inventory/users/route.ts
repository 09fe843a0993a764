import { inventoryListRoute } from "@/lib/inventory/routes";
import { listUsers } from "@/lib/users/queries";
import { UserListParams } from "@/lib/validations/inventory";

/** One page of the users table as JSON, with the page's URL parameters. */
export const GET = inventoryListRoute(UserListParams, listUsers);
