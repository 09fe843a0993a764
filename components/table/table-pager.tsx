"use client";

import { useId } from "react";
import type { ParamChanges } from "./use-url-params";

const pageSizes = [10, 25, 50, 100];

/**
 * The pager of a client-driven table. Its links are real links (they open in a new tab too); a plain
 * click changes the URL in place and the table fetches the page.
 */
export function TablePager({
  page,
  pageSize,
  total,
  hrefWith,
  update,
}: {
  page: number;
  pageSize: number;
  total: number;
  hrefWith: (changes: ParamChanges, options?: { keepPage?: boolean }) => string;
  update: (changes: ParamChanges, options?: { keepPage?: boolean }) => void;
}) {
  const sizeId = useId();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const linkClass = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800";
  const disabledClass = "rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400 dark:border-slate-800 dark:text-slate-500";
  const go = (target: number) => (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    update({ page: target === 1 ? null : String(target) }, { keepPage: true });
  };
  return (
    <nav aria-label="Pagination" className="no-print mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-600 dark:text-slate-400" aria-live="polite">
        {total === 0 ? "No rows" : `${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={sizeId} className="text-slate-600 dark:text-slate-400">
          Rows per page
        </label>
        <select
          id={sizeId}
          value={pageSize}
          onChange={(event) => update({ pageSize: event.target.value === "25" ? null : event.target.value })}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        {page > 1 ? (
          <a className={linkClass} href={hrefWith({ page: page - 1 === 1 ? null : String(page - 1) }, { keepPage: true })} onClick={go(page - 1)} rel="prev">
            Previous
          </a>
        ) : (
          <span className={disabledClass} aria-disabled="true">
            Previous
          </span>
        )}
        <span className="tabular-nums text-slate-600 dark:text-slate-400">
          Page {page.toLocaleString("en-US")} of {pages.toLocaleString("en-US")}
        </span>
        {page < pages ? (
          <a className={linkClass} href={hrefWith({ page: String(page + 1) }, { keepPage: true })} onClick={go(page + 1)} rel="next">
            Next
          </a>
        ) : (
          <span className={disabledClass} aria-disabled="true">
            Next
          </span>
        )}
      </div>
    </nav>
  );
}
