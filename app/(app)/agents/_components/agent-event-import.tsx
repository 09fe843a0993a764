"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { AgentEventImportResult } from "@/lib/import/agent-events/import";
import { RunEvaluationControl } from "../../_components/run-evaluation-control";
import { ImportErrors, ImportPreview } from "./import-preview";

interface Props {
  tenantId: string;
  tenantName: string;
  runEvaluation: ((input: { tenantId: string }) => Promise<ActionResult>) | null;
}

async function post(tenantId: string, text: string, options: { dryRun: boolean; expectedPlanHash?: string }): Promise<AgentEventImportResult> {
  const query = new URLSearchParams({ tenantId, dryRun: options.dryRun ? "1" : "0", ...(options.expectedPlanHash ? { expectedPlanHash: options.expectedPlanHash } : {}) });
  const res = await fetch(`/api/agents/import?${query}`, { method: "POST", body: text, headers: { "content-type": "application/x-ndjson" } });
  const body = (await res.json().catch(() => null)) as AgentEventImportResult | { message?: string } | null;
  if (body && "ok" in body) return body;
  return { ok: false, message: body?.message ?? `The upload failed (${res.status}).`, errors: [], errorCount: 0 };
}

/**
 * Uploads an agent session event log: first a preview of what would change (nothing is written),
 * then the import of exactly that, then an offer to evaluate so the timelines show the violations.
 */
export function AgentEventImport({ tenantId, tenantName, runEvaluation }: Props) {
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const preview = useMutation({ mutationFn: (text: string) => post(tenantId, text, { dryRun: true }) });
  const commit = useMutation({
    mutationFn: ({ text, planHash }: { text: string; planHash: string }) => post(tenantId, text, { dryRun: false, expectedPlanHash: planHash }),
    onSuccess: (result) => {
      if (result.ok) router.refresh();
    },
  });

  async function choose(event: React.ChangeEvent<HTMLInputElement>) {
    const chosen = event.currentTarget.files?.[0];
    preview.reset();
    commit.reset();
    setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
  }

  const previewed = preview.data?.ok ? preview.data : null;
  const committed = commit.data?.ok ? commit.data : null;
  const failure = commit.data && !commit.data.ok ? commit.data : preview.data && !preview.data.ok ? preview.data : null;
  const networkError = preview.isError || commit.isError;

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        A JSON Lines file of agent session events (one event a line; see <span className="font-mono">docs/agent-session-events.md</span>) goes into {tenantName}. Records are matched on
        their ids, so the same file twice changes nothing; a file with a bad line is refused whole.
      </p>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          commit.reset();
          if (file) preview.mutate(file.text);
        }}
      >
        <div className="space-y-1">
          <label htmlFor={inputId} className="block text-sm font-medium">
            Event log (.jsonl)
          </label>
          <input
            id={inputId}
            type="file"
            accept=".jsonl,.ndjson,.json,.txt,application/x-ndjson,application/jsonl"
            onChange={choose}
            className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 dark:file:bg-slate-800"
          />
        </div>
        <Button type="submit" variant="secondary" disabled={!file || preview.isPending}>
          {preview.isPending ? "Checking…" : "Preview import"}
        </Button>
      </form>

      {networkError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          The upload failed. Check the connection and try again.
        </p>
      ) : null}
      {failure ? <ImportErrors result={failure} fileName={file?.name ?? "the file"} /> : null}

      {previewed && !committed ? (
        <div className="space-y-3">
          <ImportPreview preview={previewed.preview} heading="Preview: nothing has been written yet" />
          {previewed.preview.changes ? (
            <Button type="button" onClick={() => file && commit.mutate({ text: file.text, planHash: previewed.preview.planHash })} disabled={commit.isPending}>
              {commit.isPending ? "Importing…" : "Import these changes"}
            </Button>
          ) : (
            <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
              Everything in this file is already in Sightline: there is nothing to import.
            </p>
          )}
        </div>
      ) : null}

      {committed ? (
        <div role="status" className="space-y-3 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-100">
          <ImportPreview preview={committed.preview} heading={`Imported into ${committed.preview.tenantName}`} />
          {runEvaluation ? (
            <div className="flex flex-wrap items-center justify-between gap-3">
              <span>Evaluate now, so the timelines show the agent rules&apos; violations for these sessions?</span>
              <RunEvaluationControl tenantId={tenantId} runEvaluation={runEvaluation} />
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
