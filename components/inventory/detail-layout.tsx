import Link from "next/link";
import { ChevronRight } from "lucide-react";

/** The trail above a detail page's title: the list it belongs to, then the record. */
export function Breadcrumb({ list, href, current }: { list: string; href: string; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <Link href={href} className="hover:text-slate-800 hover:underline dark:hover:text-slate-200">
            {list}
          </Link>
        </li>
        <li aria-hidden="true">
          <ChevronRight className="h-3.5 w-3.5" />
        </li>
        <li aria-current="page" className="truncate text-slate-700 dark:text-slate-300">
          {current}
        </li>
      </ol>
    </nav>
  );
}

/**
 * The body of a detail page: findings and facts in the wide column, relations (and anything else
 * short) beside them; one column on a narrow screen, findings first.
 */
export function DetailColumns({ main, side }: { main: React.ReactNode; side: React.ReactNode }) {
  return (
    <div className="grid gap-6 xl:grid-cols-3">
      <div className="min-w-0 space-y-6 xl:col-span-2">{main}</div>
      <div className="min-w-0 space-y-6">{side}</div>
    </div>
  );
}

/** Says so when a shared link opens a record of another tenant than the one selected. */
export function OtherTenantNote({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <p className="mb-4 rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:border-sky-500/30 dark:bg-sky-500/10 dark:text-sky-100">
      This record belongs to another tenant than the one selected in the switcher.
    </p>
  );
}
