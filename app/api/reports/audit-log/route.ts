import { auditLogColumns, auditLogRows } from "@/lib/reports/audit-log";
import { reportRoute } from "@/lib/reports/report-route";
import { AuditListParams } from "@/lib/validations/audit";

/** The audit log (admin), with the audit page's filters, newest first (docs/csv-reports.md). */
export const GET = reportRoute({
  report: "audit-log",
  permission: "audit:read",
  schema: AuditListParams,
  columns: auditLogColumns,
  tenantOptional: true,
  rows: (tenant, params) => auditLogRows(tenant?.id ?? null, params),
});
