import { inventoryExportRoute } from "@/lib/inventory/routes";
import { userCsvColumns } from "@/lib/users/csv";
import { exportUsers } from "@/lib/users/queries";
import { UserListParams } from "@/lib/validations/inventory";

/** The users table as CSV: every row the URL's filters and search select, in its sort order. */
export const GET = inventoryExportRoute({ entity: "users", schema: UserListParams, columns: userCsvColumns, rows: exportUsers });
