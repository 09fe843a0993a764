import { cloudPcReportColumns, cloudPcReportRows } from "@/lib/reports/cloud-pcs";
import { reportRoute } from "@/lib/reports/report-route";
import { CloudPcListParams } from "@/lib/validations/inventory";

/** The Cloud PC inventory with posture, with the Cloud PC page's URL filters (docs/csv-reports.md). */
export const GET = reportRoute({ report: "cloud-pcs", schema: CloudPcListParams, columns: cloudPcReportColumns, rows: (tenant, params) => cloudPcReportRows(tenant.id, params) });
