"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";
import { DataTable } from "./data-table";
import { TablePager } from "./table-pager";
import type { TablePage } from "./use-table-query";
import type { ParamChanges } from "./use-url-params";

/**
 * The body of a URL-driven table: the rows with their pager, or the empty state (nothing in the
 * tenant, or nothing matching the filters), or the error with a retry; a live status says when a
 * new page is loading.
 */
export function TableView<Row>({
  caption,
  columns,
  query,
  params,
  filtered,
  clearFilters,
  update,
  hrefWith,
  getRowId,
  empty,
}: {
  caption: string;
  columns: ColumnDef<Row, any>[];
  query: UseQueryResult<TablePage<Row>, Error>;
  params: { page: number; pageSize: number; sort: string };
  /** Whether search or filters are active: the empty state then offers to clear them. */
  filtered: boolean;
  clearFilters: () => void;
  update: (changes: ParamChanges, options?: { keepPage?: boolean }) => void;
  hrefWith: (changes: ParamChanges, options?: { keepPage?: boolean }) => string;
  getRowId: (row: Row) => string;
  empty: { title: string; body: React.ReactNode };
}) {
  const data = query.data;
  return (
    <div>
      <p role="status" className="sr-only">
        {query.isFetching ? "Loading rows…" : data ? `${data.total} rows` : ""}
      </p>
      {query.isError ? (
        <div role="alert" className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-800 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-200">
          <span>{query.error.message}</span>
          <Button type="button" variant="secondary" onClick={() => query.refetch()}>
            Try again
          </Button>
        </div>
      ) : null}
      {!data ? (
        query.isError ? null : <div className="h-48 animate-pulse rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900" aria-hidden="true" />
      ) : data.total === 0 ? (
        filtered ? (
          <EmptyState title="No rows match">
            Change the search or the filters.{" "}
            <button type="button" className="font-medium text-brand-700 underline dark:text-brand-100" onClick={clearFilters}>
              Clear them all
            </button>
          </EmptyState>
        ) : (
          <EmptyState title={empty.title}>{empty.body}</EmptyState>
        )
      ) : data.items.length === 0 ? (
        <EmptyState title="This page is past the last row">
          <button type="button" className="font-medium text-brand-700 underline dark:text-brand-100" onClick={() => update({ page: null })}>
            Go to the first page
          </button>
        </EmptyState>
      ) : (
        <>
          <DataTable caption={caption} columns={columns} data={data.items} sort={params.sort} onSort={(sort) => update({ sort })} getRowId={getRowId} busy={query.isFetching && query.isPlaceholderData} />
          <TablePager page={params.page} pageSize={params.pageSize} total={data.total} hrefWith={hrefWith} update={update} />
        </>
      )}
    </div>
  );
}

