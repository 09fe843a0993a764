"use client";

import type { ImportPreview } from "@/lib/import";
import { collectionLabels } from "@/lib/import/collection-labels";
import { countOf } from "./file-list";

const changeStyles = {
  new: "bg-emerald-50 text-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-200",
  changed: "bg-amber-50 text-amber-800 dark:bg-amber-950/50 dark:text-amber-200",
  removed: "bg-red-50 text-red-800 dark:bg-red-950/50 dark:text-red-200",
} as const;

const detectedByText: Record<string, string> = {
  hint: "your choice",
  context: "@odata.context",
  type: "@odata.type",
  shape: "its properties",
  headers: "its headers",
};

/** What the files hold and what importing them changes, per entity type, with the first rows. */
export function ImportPreviewTables({ preview }: { preview: ImportPreview }) {
  const changed = preview.entities.filter((e) => e.new + e.changed + e.removed > 0);
  return (
    <div className="space-y-5">
      <ul aria-label="Files read" className="divide-y divide-slate-100 rounded-lg border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
        {preview.files.map((f) => (
          <li key={f.file} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-3 py-2">
            <span className="min-w-0 max-w-full truncate font-mono text-xs" title={f.file}>
              {f.file}
            </span>
            <span className="text-slate-700 dark:text-slate-300">
              {countOf(f)} · {f.collection ? collectionLabels[f.collection] : "agent session event log"}
              {f.format === "csv" ? " (CSV)" : ""}
              {f.detectedBy ? <span className="text-xs text-slate-500 dark:text-slate-400"> · told by {detectedByText[f.detectedBy] ?? f.detectedBy}</span> : null}
            </span>
            {f.partial ? <span className="w-full text-xs text-amber-700 dark:text-amber-300">More pages follow (@odata.nextLink): upload them too, or this is only part of the collection.</span> : null}
          </li>
        ))}
      </ul>

      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
          <caption className="sr-only">Changes by entity type</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
            <tr>
              <th scope="col" className="px-3 py-2">Entity type</th>
              <th scope="col" className="px-3 py-2 text-right">New</th>
              <th scope="col" className="px-3 py-2 text-right">Changed</th>
              <th scope="col" className="px-3 py-2 text-right">Removed</th>
              <th scope="col" className="px-3 py-2 text-right">Unchanged</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {preview.entities.map((e) => (
              <tr key={e.type}>
                <th scope="row" className="px-3 py-2 text-left font-medium">{e.label}</th>
                <td className="px-3 py-2 text-right tabular-nums">{e.new}</td>
                <td className="px-3 py-2 text-right tabular-nums">{e.changed}</td>
                <td className={`px-3 py-2 text-right tabular-nums ${e.removed > 0 ? "font-semibold text-red-700 dark:text-red-300" : ""}`}>{e.removed}</td>
                <td className="px-3 py-2 text-right tabular-nums text-slate-500 dark:text-slate-400">{e.unchanged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {changed.length > 0 ? (
        <div className="space-y-3">
          <h3 className="text-sm font-semibold">First rows</h3>
          {changed.map((e) => (
            <section key={e.type} aria-label={`${e.label}: first rows`}>
              <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{e.label}</h4>
              <ul className="mt-1 space-y-1 text-sm">
                {e.samples.map((s) => (
                  <li key={`${s.change}-${s.id}`} className="flex flex-wrap items-baseline gap-2">
                    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${changeStyles[s.change]}`}>{s.change}</span>
                    <span className="font-medium">{s.name || s.id}</span>
                    {s.name && s.id && s.name !== s.id ? <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{s.id}</span> : null}
                    {s.fields.length > 0 ? <span className="text-xs text-slate-600 dark:text-slate-400">{s.fields.join(", ")}</span> : null}
                  </li>
                ))}
                {e.new + e.changed + e.removed > e.samples.length ? (
                  <li className="text-xs text-slate-500 dark:text-slate-400">and {e.new + e.changed + e.removed - e.samples.length} more</li>
                ) : null}
              </ul>
            </section>
          ))}
        </div>
      ) : null}
    </div>
  );
}
