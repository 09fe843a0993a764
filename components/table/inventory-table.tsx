"use client";

import type { ColumnDef } from "@tanstack/react-table";
import type { z } from "zod";
import { TableToolbar, type TableFilter } from "./table-toolbar";
import { TableView } from "./table-view";
import { useTableQuery, type TablePage } from "./use-table-query";
import { paramsRecord } from "./use-url-params";

type ListParams = { page: number; pageSize: number; sort: string };

/**
 * A whole inventory table: search and filters, the rows (TanStack Table over react-query) and the
 * pager, all driven by the URL, with the CSV export of the same view.
 */
export function InventoryTable<Schema extends z.ZodType<ListParams>, Row>({
  entity,
  caption,
  tenantId,
  schema,
  endpoint,
  exportEndpoint,
  initial,
  filters,
  columns,
  getRowId,
  searchPlaceholder,
  empty,
}: {
  entity: string;
  caption: string;
  tenantId: string;
  schema: Schema;
  endpoint: string;
  /** Absent for a role that may not export. */
  exportEndpoint?: string;
  initial: { params: z.infer<Schema>; page: TablePage<Row> };
  filters: TableFilter[];
  // Each column has its own value type; TanStack Table types a mixed list this way.
  columns: ColumnDef<Row, any>[];
  getRowId: (row: Row) => string;
  searchPlaceholder: string;
  empty: { title: string; body: React.ReactNode };
}) {
  const { params, query, update, hrefWith, searchParams } = useTableQuery<Schema, Row>({ entity, tenantId, schema, endpoint, initial });
  const values = paramsRecord(searchParams);
  const filterNames = ["q", ...filters.map((filter) => filter.name)];
  const query_ = searchParams.toString();
  return (
    <>
      <TableToolbar
        searchLabel={caption}
        searchPlaceholder={searchPlaceholder}
        values={values}
        filters={filters}
        update={update}
        exportHref={exportEndpoint ? `${exportEndpoint}${query_ ? `?${query_}` : ""}` : undefined}
      />
      <TableView
        caption={caption}
        columns={columns}
        query={query}
        params={params}
        filtered={filterNames.some((name) => values[name])}
        clearFilters={() => update(Object.fromEntries(filterNames.map((name) => [name, null])))}
        update={update}
        hrefWith={hrefWith}
        getRowId={getRowId}
        empty={empty}
      />
    </>
  );
}
