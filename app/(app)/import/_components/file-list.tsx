"use client";

import { X } from "lucide-react";
import { collectionLabels } from "@/lib/import/collection-labels";
import type { FileSummary } from "@/lib/import/summaries";
import { importCollections, rdpServicePrincipals, type FileHint, type ImportCollection } from "@/lib/validations/import";

export interface ChosenFile {
  file: File;
  hint: FileHint;
}

const selectClass = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900";

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "1 object", "12 rows", "3 lines". */
export function countOf(summary: FileSummary): string {
  const unit = summary.format === "csv" ? "row" : summary.format === "agentEventLog" ? "line" : "object";
  return `${summary.items} ${unit}${summary.items === 1 ? "" : "s"}`;
}

/**
 * The chosen files, each with what it holds: found by Sightline (after a preview) or chosen by the
 * admin when the file cannot tell. The service principal is asked for remote desktop settings only.
 */
export function ChosenFileList({
  files,
  found,
  needsServicePrincipal,
  onChange,
  onRemove,
}: {
  files: ChosenFile[];
  found: FileSummary[];
  needsServicePrincipal: (name: string) => boolean;
  onChange: (index: number, hint: FileHint) => void;
  onRemove: (index: number) => void;
}) {
  if (files.length === 0) return null;
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800" aria-label="Chosen files">
      {files.map(({ file, hint }, i) => {
        const summary = found.find((f) => f.file === file.name);
        const isRdp = hint.collection === "remoteDesktopSecurityConfigurations" || summary?.collection === "remoteDesktopSecurityConfigurations" || needsServicePrincipal(file.name);
        const isZip = /\.zip$/i.test(file.name);
        // An agent session event log has one format: nothing to choose.
        const isLog = /\.(jsonl|ndjson)$/i.test(file.name);
        return (
          <li key={`${file.name}-${i}`} className="grid gap-3 p-3 sm:grid-cols-[minmax(0,1fr)_14rem_auto] sm:items-end">
            <div className="min-w-0">
              <p className="truncate font-mono text-sm" title={file.name}>
                {file.name}
              </p>
              <p className="text-xs text-slate-500 dark:text-slate-400">
                {size(file.size)}
                {summary ? ` · ${countOf(summary)} · ${summary.collection ? collectionLabels[summary.collection] : "agent session event log"}` : ""}
                {isZip ? " · a zip: its files are named by their content or file name" : ""}
              </p>
            </div>
            <div className="space-y-2">
              {isZip || isLog ? null : (
                <label className="block text-xs font-medium text-slate-600 dark:text-slate-400">
                  Holds
                  <select
                    className={selectClass}
                    value={hint.collection ?? ""}
                    onChange={(e) => onChange(i, { ...hint, collection: (e.target.value || undefined) as ImportCollection | undefined })}
                  >
                    <option value="">Detect from the file</option>
                    {importCollections.map((c) => (
                      <option key={c} value={c}>
                        {capitalized(collectionLabels[c])}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {isRdp && !isZip ? (
                <label className="block text-xs font-medium text-slate-600 dark:text-slate-400">
                  Service principal
                  <select
                    className={selectClass}
                    value={hint.servicePrincipalAppId ?? ""}
                    onChange={(e) => onChange(i, { ...hint, servicePrincipalAppId: (e.target.value || undefined) as FileHint["servicePrincipalAppId"] })}
                  >
                    <option value="">From the file name</option>
                    {rdpServicePrincipals.map((sp) => (
                      <option key={sp.appId} value={sp.appId}>
                        {sp.name}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
            </div>
            <button
              type="button"
              onClick={() => onRemove(i)}
              className="inline-flex items-center gap-1 justify-self-start rounded-md px-2 py-1.5 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
              aria-label={`Remove ${file.name}`}
            >
              <X className="h-4 w-4" aria-hidden="true" /> Remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}
