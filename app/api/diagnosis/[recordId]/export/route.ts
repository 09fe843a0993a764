import { z } from "zod";
import { withPermission } from "@/lib/api/with-permission";
import { recordAudit } from "@/lib/audit/record";
import { csvResponse } from "@/lib/csv/stream";
import { diagnosisCsvColumns, diagnosisCsvRows } from "@/lib/diagnosis/csv";
import { invalidInput } from "@/lib/diagnosis/invalid-input";
import { getDiagnosisReport } from "@/lib/diagnosis/queries";
import { DiagnosisExportParams } from "@/lib/validations/diagnosis";

const ExportQuery = DiagnosisExportParams.extend({ tenantId: z.string().trim().min(1).max(100), bom: z.string().optional() });

/** A saved diagnosis as CSV for a ticket, exactly as it was shown; `redact=1` hides the user's name and UPN. */
export const GET = withPermission<{ recordId: string }>("diagnosis:run", async (request, { viewer, params }) => {
  const parsed = ExportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return invalidInput(parsed.error);
  const { tenantId, redact, bom } = parsed.data;
  const report = await getDiagnosisReport(tenantId, params.recordId);
  await recordAudit({
    actor: viewer,
    action: "export.diagnosis",
    tenantId,
    entityType: "user",
    entityId: report.diagnosis.subject.user.id,
    summary: `Exported diagnosis ${report.recordId} as CSV${redact ? " (user redacted)" : ""}`,
  });
  const date = report.ranAt.slice(0, 10);
  return csvResponse(`diagnosis-${date}-${report.recordId.slice(0, 8)}.csv`, { columns: diagnosisCsvColumns, rows: diagnosisCsvRows(report, { redact }), bom: bom === "1" });
});
