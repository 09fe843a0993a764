"use client";

import { useId } from "react";
import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "./filter-select";
import type { ParamChanges } from "./use-url-params";

export interface TableFilter {
  name: string;
  label: string;
  options: { value: string; label: string }[];
}

/**
 * Search and filters of a table as a form: Apply writes them to the URL (first page), Clear removes
 * them. The form is keyed on the URL, so Back and Forward show the filters of the view they restore.
 */
export function TableToolbar({
  searchLabel,
  searchPlaceholder,
  values,
  filters,
  update,
  exportHref,
}: {
  searchLabel: string;
  searchPlaceholder: string;
  /** The current URL parameters. */
  values: Record<string, string>;
  filters: TableFilter[];
  update: (changes: ParamChanges) => void;
  /** The CSV export of the same filtered view; absent for roles that may not export. */
  exportHref?: string;
}) {
  const searchId = useId();
  const names = ["q", ...filters.map((f) => f.name)];
  const active = names.some((name) => values[name]);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    update(Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "").trim() || null])));
  };
  return (
    <form
      key={JSON.stringify(names.map((name) => values[name] ?? ""))}
      role="search"
      aria-label={`Filter the ${searchLabel.toLowerCase()}`}
      onSubmit={onSubmit}
      className="no-print mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex min-w-[12rem] flex-1 flex-col gap-1 sm:max-w-xs">
        <label htmlFor={searchId} className="text-xs font-medium text-slate-600 dark:text-slate-400">
          Search
        </label>
        <input
          id={searchId}
          name="q"
          type="search"
          defaultValue={values.q ?? ""}
          placeholder={searchPlaceholder}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950"
        />
      </div>
      {filters.map((filter) => (
        <FilterSelect key={filter.name} label={filter.label} name={filter.name} value={values[filter.name]} options={filter.options} />
      ))}
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>
          Apply
        </button>
        {active ? (
          <button type="button" className={buttonClass("ghost")} onClick={() => update(Object.fromEntries(names.map((name) => [name, null])))}>
            Clear
          </button>
        ) : null}
      </div>
      {exportHref ? (
        <a href={exportHref} className={buttonClass("secondary", "ml-auto")} download>
          <Download className="h-4 w-4" aria-hidden="true" />
          Export CSV
        </a>
      ) : null}
    </form>
  );
}
