import { withPermission } from "@/lib/api/with-permission";
import { csvResponse } from "@/lib/csv/stream";
import { findingColumns, findingRowsForExport } from "@/lib/findings/export";
import { recordAudit } from "@/lib/audit/record";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { FindingListParams } from "@/lib/validations/findings";
import { DomainError } from "@/lib/errors";

/** The findings page as CSV, with the page's URL filters; `bom=1` adds the byte order mark for Excel. */
export const GET = withPermission("export", async (request, { viewer }) => {
  const url = new URL(request.url);
  const params = FindingListParams.parse(Object.fromEntries(url.searchParams));
  const { selected } = await getSelectedTenant();
  if (!selected) throw new DomainError("not_found", "There is no tenant to export.");
  await recordAudit({ actor: viewer, action: "export.findings", tenantId: selected.id, summary: `Exported findings of ${selected.displayName} as CSV`, after: Object.fromEntries(url.searchParams) });
  return csvResponse(`${selected.displayName}-findings.csv`, { columns: findingColumns, rows: findingRowsForExport(selected.id, params), bom: url.searchParams.get("bom") === "1" });
});
