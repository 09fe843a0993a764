import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { withPermission } from "@/lib/api/with-permission";
import { recordAudit } from "@/lib/audit/record";
import { csvResponse, type CsvColumn } from "@/lib/csv/stream";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { firstValues } from "@/lib/validations/table-params";
import type { ListResult } from "./query-helpers";

function paramsOf<S extends z.ZodType>(schema: S, request: Request): z.infer<S> {
  return schema.parse(firstValues(Object.fromEntries(new URL(request.url).searchParams)));
}

/**
 * The JSON twin of an inventory page, for its react-query table: the same URL parameters parsed by
 * the same schema and answered by the same query as the server render.
 */
export function inventoryListRoute<S extends z.ZodType, Item>(schema: S, list: (tenantId: string, params: z.infer<S>) => Promise<ListResult<Item>>) {
  return withPermission("tenant:read", async (request) => {
    const params = paramsOf(schema, request);
    const { selected } = await getSelectedTenant();
    if (!selected) return NextResponse.json({ items: [], total: 0 });
    return NextResponse.json(await list(selected.id, params), { headers: { "cache-control": "no-store" } });
  });
}

/**
 * The CSV export of an inventory table with the table's filters, search and sort (all pages). Each
 * export is audited, like the findings export. `bom=1` adds the byte order mark Excel wants.
 */
export function inventoryExportRoute<S extends z.ZodType, Row>(options: {
  entity: string;
  schema: S;
  columns: CsvColumn<Row>[];
  rows: (tenantId: string, params: z.infer<S>) => AsyncIterable<Row>;
}) {
  return withPermission("export", async (request, { viewer }) => {
    const params = paramsOf(options.schema, request);
    const { selected } = await getSelectedTenant();
    if (!selected) return NextResponse.json({ error: "not_found", message: "There is no tenant to export." }, { status: 404 });
    const query = Object.fromEntries(new URL(request.url).searchParams);
    await recordAudit({
      actor: viewer, action: `export.${options.entity}`, tenantId: selected.id,
      summary: `Exported ${options.entity} of ${selected.displayName} as CSV`, after: query,
    });
    return csvResponse(`${selected.displayName}-${options.entity}.csv`, {
      columns: options.columns,
      rows: options.rows(selected.id, params),
      bom: query.bom === "1",
    });
  });
}
