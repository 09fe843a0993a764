import { withPermission } from "@/lib/api/with-permission";
import { eventColumns, eventRowsForExport, sessionColumns, sessionRowsForExport, violationColumns, violationRowsForExport } from "@/lib/agents/export";
import { recordAudit } from "@/lib/audit/record";
import { csvResponse } from "@/lib/csv/stream";
import { DomainError } from "@/lib/errors";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { AgentSessionListParams } from "@/lib/validations/agent-sessions";

const kinds = ["sessions", "events", "violations"] as const;
type Kind = (typeof kinds)[number];

/**
 * The agent session list as CSV: its sessions, their events, or their violations, with the list's URL
 * filters (unpaged). `bom=1` adds the byte order mark for Excel.
 */
export const GET = withPermission<{ kind: string }>("export", async (request, { viewer, params }) => {
  if (!(kinds as readonly string[]).includes(params.kind)) throw new DomainError("not_found", "There is no such agent report.");
  const kind = params.kind as Kind;
  const url = new URL(request.url);
  const { page: _page, pageSize: _pageSize, ...filters } = AgentSessionListParams.parse(Object.fromEntries(url.searchParams));
  const { selected } = await getSelectedTenant();
  if (!selected) throw new DomainError("not_found", "There is no tenant to export.");
  await recordAudit({
    actor: viewer,
    action: `export.agent${kind[0].toUpperCase()}${kind.slice(1)}`,
    tenantId: selected.id,
    summary: `Exported agent ${kind} of ${selected.displayName} as CSV`,
    after: Object.fromEntries(url.searchParams),
  });
  const fileName = `${selected.displayName}-agent-${kind}.csv`;
  const bom = url.searchParams.get("bom") === "1";
  if (kind === "sessions") return csvResponse(fileName, { columns: sessionColumns, rows: sessionRowsForExport(selected.id, filters), bom });
  if (kind === "events") return csvResponse(fileName, { columns: eventColumns, rows: eventRowsForExport(selected.id, filters), bom });
  return csvResponse(fileName, { columns: violationColumns, rows: violationRowsForExport(selected.id, filters), bom });
});
