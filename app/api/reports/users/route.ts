import { userReportColumns, userReportRows } from "@/lib/reports/users";
import { reportRoute } from "@/lib/reports/report-route";
import { UserListParams } from "@/lib/validations/inventory";

/** Users with their identity type and the join types they can use, with the users page's URL filters (docs/csv-reports.md). */
export const GET = reportRoute({ report: "users", schema: UserListParams, columns: userReportColumns, rows: (tenant, params) => userReportRows(tenant.id, params) });
