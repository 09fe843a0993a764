"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { ImportResult } from "@/lib/import";
import { removableLabels } from "@/lib/import/summaries";
import type { FileHint } from "@/lib/validations/import";
import { RunEvaluationControl } from "../../_components/run-evaluation-control";
import { ChosenFileList, type ChosenFile } from "./file-list";
import { ImportIssues } from "./import-issues";
import { ImportPreviewTables } from "./import-preview";

type Refusal = Extract<ImportResult, { ok: false }>;
type Success = Extract<ImportResult, { ok: true }>;

interface Props {
  tenantId: string;
  tenantName: string;
  maxUploadBytes: number;
  runEvaluation: ((input: { tenantId: string }) => Promise<ActionResult>) | null;
}

/** Sends the chosen files to the preview or commit route; any failure comes back as a refusal. */
async function send(route: "preview" | "commit", tenantId: string, files: ChosenFile[], removeMissing: boolean, expectedPlanHash?: string): Promise<ImportResult> {
  const body = new FormData();
  for (const { file } of files) body.append("files", file, file.name);
  body.append("options", JSON.stringify({ tenantId, hints: files.map((f) => f.hint), removeMissing, expectedPlanHash }));
  try {
    const res = await fetch(`/api/import/${route}`, { method: "POST", body });
    const json = (await res.json()) as ImportResult | { message: string };
    if ("ok" in json) return json;
    return { ok: false, message: json.message, issues: [], issueCount: 0, files: [] };
  } catch {
    return { ok: false, message: "The upload failed. Check the connection and try again; nothing was imported.", issues: [], issueCount: 0, files: [] };
  }
}

/**
 * The upload flow: choose files, preview what would change, then commit. Changing the files or their
 * hints drops the preview, so what is committed is always what was last previewed (the commit also
 * insists on the preview's plan hash, server side).
 */
export function ImportUpload({ tenantId, tenantName, maxUploadBytes, runEvaluation }: Props) {
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [removeMissing, setRemoveMissing] = useState(false);
  const [pending, setPending] = useState<"preview" | "commit" | null>(null);
  const [preview, setPreview] = useState<Success | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [committed, setCommitted] = useState<Success | null>(null);

  const reset = () => {
    setPreview(null);
    setRefusal(null);
    setCommitted(null);
  };
  const total = files.reduce((sum, f) => sum + f.file.size, 0);
  const tooLarge = total > maxUploadBytes;

  function choose(list: FileList | null) {
    // Choosing a file again (same name) replaces it instead of listing it twice.
    const added = Array.from(list ?? []);
    setFiles((current) => [...current.filter((f) => !added.some((a) => a.name === f.file.name)), ...added.map((file) => ({ file, hint: {} }))]);
    if (input.current) input.current.value = "";
    reset();
  }

  async function runPreview(remove = removeMissing) {
    setPending("preview");
    reset();
    const result = await send("preview", tenantId, files, remove);
    if (result.ok) setPreview(result);
    else setRefusal(result);
    setPending(null);
  }

  async function commit() {
    if (!preview) return;
    setPending("commit");
    const result = await send("commit", tenantId, files, removeMissing, preview.preview.planHash);
    setPending(null);
    if (!result.ok) {
      setRefusal(result);
      setPreview(null);
      return;
    }
    setCommitted(result);
    setPreview(null);
    setFiles([]);
    router.refresh();
  }

  const needsServicePrincipal = (name: string) => refusal?.issues.some((i) => i.file === name && /service principal/.test(i.message)) ?? false;
  const found = preview?.preview.files ?? refusal?.files ?? [];
  const complete = preview?.preview.completeCollections ?? [];

  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <label htmlFor={inputId} className="block text-sm font-medium">
          Files to import into {tenantName}
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          multiple
          accept=".json,.csv,.jsonl,.ndjson,.zip,application/json,text/csv,application/zip"
          onChange={(e) => choose(e.target.files)}
          className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-slate-800 dark:file:bg-slate-800 dark:file:text-slate-100"
        />
        <p className="text-xs text-slate-500 dark:text-slate-400">Graph responses (.json), CSV files from the templates, one agent session event log (.jsonl), or a zip of them.</p>
      </div>

      <ChosenFileList
        files={files}
        found={found}
        needsServicePrincipal={needsServicePrincipal}
        onChange={(i, hint: FileHint) => {
          setFiles((current) => current.map((f, j) => (j === i ? { ...f, hint } : f)));
          reset();
        }}
        onRemove={(i) => {
          setFiles((current) => current.filter((_, j) => j !== i));
          reset();
        }}
      />
      {tooLarge ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          These files add up to more than {Math.round(maxUploadBytes / (1024 * 1024))} MB. Import them in parts, or zip them.
        </p>
      ) : null}

      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={() => runPreview()} disabled={files.length === 0 || tooLarge || pending !== null}>
          {pending === "preview" ? "Reading the files…" : "Preview import"}
        </Button>
      </div>

      {refusal ? <ImportIssues message={refusal.message} issues={refusal.issues} issueCount={refusal.issueCount} /> : null}

      {preview ? (
        <section aria-label="Import preview" className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h2 className="text-sm font-semibold">Preview: nothing has been written yet</h2>
          <ImportPreviewTables preview={preview.preview} />
          {complete.length > 0 ? (
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5"
                checked={removeMissing}
                onChange={(e) => {
                  setRemoveMissing(e.target.checked);
                  void runPreview(e.target.checked);
                }}
              />
              <span>
                Also remove the {complete.map((c) => removableLabels[c]).join(", ")} that these files no longer list
                <span className="block text-xs text-slate-500 dark:text-slate-400">Only for collections the files hold whole. Clients of removed users go with them.</span>
              </span>
            </label>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button type="button" onClick={commit} disabled={pending !== null || !preview.preview.changes}>
              {pending === "commit" ? "Importing…" : preview.preview.changes ? "Import these changes" : "Nothing to change"}
            </Button>
            <Button type="button" variant="secondary" onClick={reset} disabled={pending !== null}>
              Cancel
            </Button>
          </div>
        </section>
      ) : null}

      {committed ? (
        <div role="status" className="space-y-3 rounded-lg bg-emerald-50 p-4 text-sm text-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-100">
          <p className="font-medium">
            Imported into {committed.preview.tenantName}:{" "}
            {committed.preview.entities
              .filter((e) => e.new + e.changed + e.removed > 0)
              .map((e) => `${e.label} ${e.new} new, ${e.changed} changed${e.removed ? `, ${e.removed} removed` : ""}`)
              .join("; ") || "nothing changed"}
            .
          </p>
          {runEvaluation ? (
            <div className="flex flex-wrap items-center justify-between gap-3">
              <span>Findings still come from the last evaluation. Evaluate the imported data now?</span>
              <RunEvaluationControl tenantId={committed.preview.tenantId} runEvaluation={runEvaluation} />
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
