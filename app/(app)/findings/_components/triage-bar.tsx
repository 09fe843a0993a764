"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/actions/result";
import type { FindingRow } from "@/lib/findings/queries";

interface Props {
  selected: string[];
  items: FindingRow[];
  acceptRisk: (input: Record<string, unknown>) => Promise<ActionResult>;
  reopen: (input: Record<string, unknown>) => Promise<ActionResult>;
  onDone: () => void;
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Accept the risk of the selected findings (reason, owner, expiry) or reopen accepted ones. */
export function TriageBar({ selected, items, acceptRisk, reopen, onDone }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [accepting, setAccepting] = useState(false);
  const chosen = items.filter((f) => selected.includes(f.id));
  const acceptable = chosen.filter((f) => f.status === "open").map((f) => f.id);
  const reopenable = chosen.filter((f) => f.status === "accepted").map((f) => f.id);

  const run = (work: () => Promise<ActionResult>) =>
    startTransition(async () => {
      const r = await work();
      setResult(r);
      if (r.ok) {
        setAccepting(false);
        onDone();
        router.refresh();
      }
    });

  const errors = result && !result.ok ? result.fieldErrors ?? {} : {};

  return (
    <div className="no-print rounded-xl border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {selected.length === 0 ? "Select findings to accept their risk or reopen them." : `${selected.length} selected`}
        </p>
        <Button type="button" variant="secondary" disabled={acceptable.length === 0 || pending} onClick={() => setAccepting((a) => !a)}>
          Accept risk{acceptable.length ? ` (${acceptable.length})` : ""}
        </Button>
        <Button type="button" variant="secondary" disabled={reopenable.length === 0 || pending} onClick={() => run(() => reopen({ findingIds: reopenable }))}>
          Reopen{reopenable.length ? ` (${reopenable.length})` : ""}
        </Button>
        {result ? (
          <p role="status" className={`text-sm ${result.ok ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"}`}>
            {result.message}
          </p>
        ) : null}
      </div>
      {accepting && acceptable.length > 0 ? (
        <form
          className="mt-3 grid gap-3 border-t border-slate-200 pt-3 md:grid-cols-[2fr_1fr_auto_auto] md:items-end dark:border-slate-800"
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            run(() => acceptRisk({ findingIds: acceptable, reason: form.get("reason"), owner: form.get("owner"), expiresAt: form.get("expiresAt") }));
          }}
        >
          <TextField label="Reason" name="reason" required minLength={10} error={errors.reason?.[0]} placeholder="Why this risk is acceptable for now" />
          <TextField label="Owner" name="owner" required error={errors.owner?.[0]} placeholder="Who answers for it" />
          <TextField label="Expires" name="expiresAt" type="date" required defaultValue={inDays(90)} min={inDays(1)} max={inDays(365)} error={errors.expiresAt?.[0]} />
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : `Accept ${acceptable.length}`}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
