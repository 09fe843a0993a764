import Link from "next/link";
import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import type { ReportDefinition, ReportFilter } from "@/lib/reports/catalog";

const fieldClass = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950";

function FilterField({ report, filter }: { report: string; filter: ReportFilter }) {
  const id = `${report}-${filter.name}`;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600 dark:text-slate-400">
        {filter.label}
      </label>
      {filter.kind === "select" ? (
        <select id={id} name={filter.name} defaultValue="" className={fieldClass}>
          <option value="">{filter.name === "run" ? "Latest finished run" : "All"}</option>
          {(filter.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} name={filter.name} type={filter.kind === "date" ? "date" : "text"} className={fieldClass} />
      )}
    </div>
  );
}

/**
 * One CSV report: its filters (the query parameters of its page) as a GET form whose submit downloads
 * the file, and its columns. Works without JavaScript.
 */
export function ReportCard({ report }: { report: ReportDefinition }) {
  return (
    <section aria-labelledby={`${report.key}-title`} className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h3 id={`${report.key}-title`} className="text-sm font-semibold text-slate-800 dark:text-slate-100">
        {report.title}
      </h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{report.description}</p>
      {report.page ? (
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          As on{" "}
          <Link href={report.page.href} className="text-brand-700 underline dark:text-brand-100">
            {report.page.label}
          </Link>
          {report.filters.length > 0 ? ", with the same filters" : ""}.
        </p>
      ) : null}
      <form method="get" action={report.href} className="mt-4 flex flex-1 flex-col gap-3">
        {report.filters.length > 0 ? (
          <fieldset className="grid gap-3 sm:grid-cols-2">
            <legend className="sr-only">Filters of {report.title}</legend>
            {report.filters.map((filter) => (
              <FilterField key={filter.name} report={report.key} filter={filter} />
            ))}
          </fieldset>
        ) : (
          <p className="text-xs text-slate-500 dark:text-slate-400">No filters: the whole matrix.</p>
        )}
        <div className="mt-auto flex flex-wrap items-center justify-between gap-3 pt-1">
          <label className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
            <input type="checkbox" name="bom" value="1" /> For Excel (UTF-8 byte order mark)
          </label>
          <button type="submit" className={buttonClass("secondary")} aria-label={`Download ${report.title} CSV`}>
            <Download className="h-4 w-4" aria-hidden="true" /> Download CSV
          </button>
        </div>
      </form>
      <details className="mt-3 text-xs text-slate-600 dark:text-slate-400">
        <summary className="cursor-pointer select-none">Columns ({report.headers.length})</summary>
        <p className="mt-1 break-words font-mono">{report.headers.join(", ")}</p>
      </details>
    </section>
  );
}
