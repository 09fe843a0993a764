"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { evaluationKeys } from "@/lib/ui/query-keys";

interface StatusResponse {
  running: { id: string; stage: string | null; startedByName: string | null } | null;
}

const stages = [
  { key: "loading", label: "Loading tenant data" },
  { key: "evaluating", label: "Evaluating 42 rules" },
  { key: "saving", label: "Saving findings" },
] as const;

async function fetchStatus(tenantId: string): Promise<StatusResponse> {
  const res = await fetch(`/api/tenants/${encodeURIComponent(tenantId)}/evaluation`, { cache: "no-store" });
  if (!res.ok) throw new Error(`Status request failed (${res.status})`);
  return res.json();
}

/** Starts an evaluation and shows its stage while it runs (polling the run status), then its summary. */
export function RunEvaluationControl({ tenantId, runEvaluation }: { tenantId: string; runEvaluation: (input: { tenantId: string }) => Promise<ActionResult> }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => runEvaluation({ tenantId }),
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: evaluationKeys.status(tenantId) });
      router.refresh();
    },
  });
  const status = useQuery({
    queryKey: evaluationKeys.status(tenantId),
    queryFn: () => fetchStatus(tenantId),
    refetchInterval: (query) => (mutation.isPending || query.state.data?.running ? 1000 : false),
  });
  const running = status.data?.running ?? null;
  const busy = mutation.isPending || running !== null;
  const currentStage = running?.stage ?? (mutation.isPending ? "loading" : null);
  const result = mutation.data;

  return (
    <div className="flex flex-col items-end gap-2">
      <Button type="button" onClick={() => mutation.mutate()} disabled={busy}>
        {busy ? "Evaluating…" : "Run evaluation"}
      </Button>
      {busy ? (
        <ol aria-live="polite" aria-label="Evaluation progress" className="flex flex-wrap justify-end gap-3 text-xs">
          {stages.map((s, i) => {
            const at = stages.findIndex((x) => x.key === currentStage);
            const state = i < at ? "done" : i === at ? "current" : "todo";
            return (
              <li key={s.key} className={state === "current" ? "font-semibold text-brand-700 dark:text-brand-100" : state === "done" ? "text-emerald-700 dark:text-emerald-300" : "text-slate-500"}>
                {state === "done" ? "✓ " : state === "current" ? "● " : "○ "}
                {s.label}
              </li>
            );
          })}
        </ol>
      ) : null}
      {running && !mutation.isPending ? <p className="text-xs text-slate-500">Started by {running.startedByName ?? "someone else"}.</p> : null}
      {result ? (
        <p role="status" className={`max-w-md text-right text-sm ${result.ok ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"}`}>
          {result.message}
        </p>
      ) : null}
      {mutation.isError ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">The evaluation could not be started. Try again.</p> : null}
    </div>
  );
}
