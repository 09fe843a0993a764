import "server-only";
import type { z } from "zod";
import { withPermission } from "@/lib/api/with-permission";
import { recordAudit } from "@/lib/audit/record";
import type { Permission } from "@/lib/auth/permissions";
import { csvResponse, type CsvColumn } from "@/lib/csv/stream";
import { DomainError } from "@/lib/errors";
import type { TenantSummary } from "@/lib/tenants/queries";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { firstValues } from "@/lib/validations/table-params";

type Rows<Row> = Promise<AsyncIterable<Row> | Iterable<Row>> | AsyncIterable<Row> | Iterable<Row>;

interface ReportOptions<S extends z.ZodType, Row> {
  report: string;
  permission?: Permission;
  schema: S;
  columns: CsvColumn<Row>[];
}

type TenantRows<S extends z.ZodType, Row> =
  | { tenantOptional?: false; rows: (tenant: TenantSummary, params: z.infer<S>) => Rows<Row> }
  /** The audit log also holds events of no tenant (sign-ins), so it is readable before any tenant exists. */
  | { tenantOptional: true; rows: (tenant: TenantSummary | null, params: z.infer<S>) => Rows<Row> };

/**
 * A CSV report route: the selected tenant, the URL's parameters parsed by the page's own schema, an
 * audit event, then the rows streamed (lib/csv/stream.ts). `bom=1` adds the byte order mark Excel wants.
 */
export function reportRoute<S extends z.ZodType, Row>(options: ReportOptions<S, Row> & TenantRows<S, Row>) {
  return withPermission(options.permission ?? "export", async (request, { viewer }) => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const params = options.schema.parse(firstValues(query));
    const { selected } = await getSelectedTenant();
    if (!selected && !options.tenantOptional) throw new DomainError("not_found", "There is no tenant to export.");
    const rows = await (options.rows as (tenant: TenantSummary | null, params: z.infer<S>) => Rows<Row>)(selected, params);
    const of = selected ? ` of ${selected.displayName}` : "";
    await recordAudit({ actor: viewer, action: `export.${options.report}`, tenantId: selected?.id ?? null, summary: `Exported the ${options.report} report${of} as CSV`, after: query });
    return csvResponse(`${selected?.displayName ?? "sightline"}-${options.report}.csv`, { columns: options.columns, rows, bom: query.bom === "1" });
  });
}
