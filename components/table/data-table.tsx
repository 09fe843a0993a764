"use client";

import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type RowData, type SortingState, type Updater } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";

declare module "@tanstack/react-table" {
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Classes for the column's header and cells, e.g. to hide a secondary column on a narrow screen. */
    className?: string;
    /** The row's header cell (`<th scope="row">`): the cell that names the row for a screen reader. */
    rowHeader?: boolean;
  }
}

export interface DataTableProps<Row> {
  /** Names the table for assistive technology (visually hidden). */
  caption: string;
  // Column value types differ per column; react-table's own examples type the list this way.
  columns: ColumnDef<Row, any>[];
  data: Row[];
  /** The URL's sort: `key` ascending, `-key` descending; column ids are the sort keys. */
  sort: string;
  onSort: (sort: string) => void;
  getRowId: (row: Row) => string;
  /** Rows of the previous view are shown dimmed while the next one loads. */
  busy?: boolean;
}

function toSorting(sort: string): SortingState {
  if (!sort) return [];
  return sort.startsWith("-") ? [{ id: sort.slice(1), desc: true }] : [{ id: sort, desc: false }];
}

/**
 * A table over one page of rows, built on TanStack Table. Sorting, filtering and paging happen in the
 * database, so the table runs in manual mode: a click on a sortable header only asks for a new sort.
 */
export function DataTable<Row>({ caption, columns, data, sort, onSort, getRowId, busy = false }: DataTableProps<Row>) {
  const sorting = toSorting(sort);
  const table = useReactTable({
    data,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      if (first) onSort(first.desc ? `-${first.id}` : first.id);
    },
  });

  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <table aria-busy={busy} className={`min-w-full divide-y divide-slate-200 text-sm transition-opacity dark:divide-slate-800 ${busy ? "opacity-60" : ""}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const column = header.column;
                const direction = column.getIsSorted();
                const className = column.columnDef.meta?.className ?? "";
                const label = header.isPlaceholder ? null : flexRender(column.columnDef.header, header.getContext());
                if (!column.getCanSort()) {
                  return (
                    <th key={header.id} scope="col" className={`px-2.5 py-2 whitespace-nowrap ${className}`}>
                      {label}
                    </th>
                  );
                }
                const Icon = direction === "asc" ? ArrowUp : direction === "desc" ? ArrowDown : ArrowUpDown;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : "none"}
                    className={`px-2.5 py-2 whitespace-nowrap ${className}`}
                  >
                    <button
                      type="button"
                      onClick={column.getToggleSortingHandler()}
                      className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 hover:bg-slate-200/70 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:bg-slate-700/60"
                    >
                      {label}
                      <Icon className={`h-3.5 w-3.5 ${direction ? "text-brand-600 dark:text-brand-100" : "text-slate-400"}`} aria-hidden="true" />
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="align-top hover:bg-slate-50/70 dark:hover:bg-slate-800/40">
              {row.getVisibleCells().map((cell) => {
                const meta = cell.column.columnDef.meta;
                const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                return meta?.rowHeader ? (
                  <th key={cell.id} scope="row" className={`px-2.5 py-2 text-left font-normal ${meta.className ?? ""}`}>
                    {content}
                  </th>
                ) : (
                  <td key={cell.id} className={`px-2.5 py-2 ${meta?.className ?? ""}`}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
