"use client";

import { useState } from "react";
import { SeverityBadge, StallsBadge, StatusBadge } from "@/components/ui/badges";
import { entityTypeLabels, phaseLabels, labelOf } from "@/lib/ui/labels";
import { formatDateTime } from "@/lib/ui/format";
import type { FindingRow } from "@/lib/findings/queries";
import type { ActionResult } from "@/lib/actions/result";
import { EvidenceItems } from "@/components/inventory/evidence-list";
import { TriageBar } from "./triage-bar";
import { EmptyState } from "@/components/ui/states";

interface Props {
  items: FindingRow[];
  ruleTitles: Record<string, string>;
  triage: {
    acceptRisk: (input: Record<string, unknown>) => Promise<ActionResult>;
    reopen: (input: Record<string, unknown>) => Promise<ActionResult>;
  } | null;
}

export function FindingTable({ items, ruleTitles, triage }: Props) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const toggle = (id: string) => setSelected((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const allSelected = items.length > 0 && items.every((f) => selected.has(f.id));

  return (
    <div className="space-y-3">
      {triage ? <TriageBar selected={[...selected]} items={items} {...triage} onDone={() => setSelected(new Set())} /> : null}
      {items.length === 0 ? (
        <EmptyState title="No findings match">Change or clear the filters.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
            <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
              <tr>
                {triage ? (
                  <th scope="col" className="w-10 px-3 py-2">
                    <input type="checkbox" aria-label="Select all findings on this page" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(items.map((f) => f.id)))} />
                  </th>
                ) : null}
                <th scope="col" className="px-3 py-2">Severity</th>
                <th scope="col" className="px-3 py-2">Rule</th>
                <th scope="col" className="px-3 py-2">Entity</th>
                <th scope="col" className="px-3 py-2">Phase</th>
                <th scope="col" className="px-3 py-2">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {items.map((f) => (
                <tr key={f.id} className="align-top">
                  {triage ? (
                    <td className="px-3 py-2">
                      <input type="checkbox" aria-label={`Select ${f.ruleId} on ${f.entityName}`} checked={selected.has(f.id)} onChange={() => toggle(f.id)} />
                    </td>
                  ) : null}
                  <td className="px-3 py-2">
                    <SeverityBadge severity={f.severity} />
                  </td>
                  <td className="px-3 py-2">
                    <a href={`/findings/rules/${f.ruleId}`} className="font-mono text-xs text-brand-700 hover:underline dark:text-brand-100">
                      {f.ruleId}
                    </a>
                    <p>{ruleTitles[f.ruleId] ?? f.ruleId}</p>
                    {f.stalls ? <div className="mt-1"><StallsBadge /></div> : null}
                  </td>
                  <td className="px-3 py-2">
                    <p>{f.entityName}</p>
                    <p className="text-xs text-slate-500 dark:text-slate-400">{labelOf(entityTypeLabels, f.entityType)}</p>
                    <details className="mt-1">
                      <summary className="cursor-pointer text-xs text-brand-700 dark:text-brand-100">Evidence</summary>
                      <EvidenceItems evidence={f.evidence} />
                    </details>
                  </td>
                  <td className="px-3 py-2 text-slate-600 dark:text-slate-300">{labelOf(phaseLabels, f.phase)}</td>
                  <td className="px-3 py-2">
                    <StatusBadge status={f.verdict === "unknown" && f.status === "open" ? "unknown" : f.status} />
                    {f.missing ? <p className="mt-1 max-w-xs text-xs text-slate-500 dark:text-slate-400">Missing: {f.missing}</p> : null}
                    {f.exception ? (
                      <p className="mt-1 max-w-xs text-xs text-slate-500 dark:text-slate-400">
                        Accepted by {f.exception.owner} until {formatDateTime(f.exception.expiresAt).slice(0, 10)}: {f.exception.reason}
                      </p>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
