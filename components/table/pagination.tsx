import Link from "next/link";

/** URL-driven pager: keeps every other parameter of the current view. */
export function Pagination({ basePath, params, page, pageSize, total }: { basePath: string; params: Record<string, string>; page: number; pageSize: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const sp = new URLSearchParams({ ...params, page: String(p) });
    return `${basePath}?${sp.toString()}`;
  };
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const linkClass = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800";
  const disabledClass = "rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400 dark:border-slate-800 dark:text-slate-600";
  return (
    <nav aria-label="Pagination" className="no-print mt-4 flex items-center justify-between gap-4 text-sm">
      <p className="text-slate-600 dark:text-slate-400">
        {total === 0 ? "No rows" : `${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`}
      </p>
      <div className="flex items-center gap-2">
        {page > 1 ? <Link className={linkClass} href={href(page - 1)} rel="prev">Previous</Link> : <span className={disabledClass} aria-disabled="true">Previous</span>}
        <span className="tabular-nums text-slate-600 dark:text-slate-400">Page {page} of {pages}</span>
        {page < pages ? <Link className={linkClass} href={href(page + 1)} rel="next">Next</Link> : <span className={disabledClass} aria-disabled="true">Next</span>}
      </div>
    </nav>
  );
}
