"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { ImportSnapshotResult } from "@/lib/tenant-data/import-snapshot";
import { RunEvaluationControl } from "../../_components/run-evaluation-control";

/** Uploads a snapshot; after a successful import it offers to evaluate the tenant right away. */
export function SnapshotImport({ runEvaluation }: { runEvaluation: ((input: { tenantId: string }) => Promise<ActionResult>) | null }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ImportSnapshotResult | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("snapshot");
    if (!(file instanceof File) || file.size === 0) {
      setResult({ ok: false, message: "Choose a snapshot file first.", issues: [] });
      return;
    }
    setPending(true);
    try {
      const res = await fetch("/api/snapshots", { method: "POST", body: await file.text(), headers: { "content-type": "application/json" } });
      const body = (await res.json()) as ImportSnapshotResult | { message: string };
      setResult("ok" in body ? body : { ok: false, message: body.message, issues: [] });
      if (res.ok) router.refresh();
    } catch {
      setResult({ ok: false, message: "The upload failed. Check the connection and try again.", issues: [] });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">The tenant with the snapshot's name is replaced by it in one transaction; an invalid file changes nothing.</p>
        <label className="block text-sm font-medium" htmlFor="snapshot-file">
          Snapshot file (.json)
        </label>
        <input id="snapshot-file" name="snapshot" type="file" accept="application/json,.json" className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 dark:file:bg-slate-800" />
        <Button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import snapshot"}
        </Button>
      </form>
      {result && !result.ok ? (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
          <p className="font-medium">{result.message}</p>
          {result.issues.length > 0 ? (
            <ul className="mt-2 list-disc space-y-0.5 pl-5 font-mono text-xs">
              {result.issues.map((i) => (
                <li key={`${i.path}:${i.message}`}>
                  {i.path}: {i.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {result?.ok ? (
        <div role="status" className="space-y-3 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-100">
          <p>
            Imported {result.tenantName}:{" "}
            {Object.entries(result.counts)
              .filter(([, c]) => c.created + c.updated + c.removed > 0)
              .map(([type, c]) => `${type} +${c.created} ~${c.updated} −${c.removed}`)
              .join(", ") || "nothing changed"}
            .
          </p>
          {runEvaluation ? (
            <div className="flex items-center justify-between gap-3">
              <span>Evaluate the imported data now?</span>
              <RunEvaluationControl tenantId={result.tenantId} runEvaluation={runEvaluation} />
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
