"use client";

import { useEffect, useId, useState } from "react";
import { ClipboardCopy, Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { renderDiagnosisMarkdown } from "@/lib/diagnosis/markdown";
import type { DiagnosisReport } from "@/lib/diagnosis/types";
import { formatDateTime } from "@/lib/ui/format";
import { csvExportUrl } from "./api";

/**
 * The diagnosis for the ticket: Markdown to paste, or CSV to attach, both saying who ran it, when, and
 * how fresh the tenant data was. Redaction hides the user's name and UPN in both.
 */
export function TicketExport({ report, busy = false }: { report: DiagnosisReport; busy?: boolean }) {
  const redactId = useId();
  const [redact, setRedact] = useState(false);
  const [copy, setCopy] = useState<{ state: "idle" | "copied" | "failed"; text?: string }>({ state: "idle" });
  const markdown = () => renderDiagnosisMarkdown(report, { redact });
  // "Copied" speaks of the previous answer once a new one arrives.
  useEffect(() => setCopy({ state: "idle" }), [report.recordId]);

  async function copyMarkdown() {
    const text = markdown();
    try {
      await navigator.clipboard.writeText(text);
      setCopy({ state: "copied" });
    } catch {
      // Clipboard access can be refused (an insecure origin, a browser policy): show the text to copy by hand.
      setCopy({ state: "failed", text });
    }
  }

  return (
    <section aria-labelledby="ticket-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="space-y-3">
        <div>
          <h2 id="ticket-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-100">
            For the ticket
          </h2>
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
            Saved to the user&apos;s history: diagnosed by {report.ranBy.name} at {formatDateTime(report.ranAt)} · tenant data updated {formatDateTime(report.tenant.dataUpdatedAt)}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <label htmlFor={redactId} className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
            <input
              id={redactId}
              type="checkbox"
              checked={redact}
              onChange={(event) => {
                setRedact(event.target.checked);
                setCopy({ state: "idle" });
              }}
              className="accent-brand-600"
            />
            Hide the user&apos;s name and UPN
          </label>
          <button type="button" onClick={copyMarkdown} disabled={busy} className={buttonClass("secondary")}>
            <ClipboardCopy className="h-4 w-4" aria-hidden="true" />
            Copy as Markdown
          </button>
          {busy ? (
            // The export would be of the answer being replaced: wait for the new one.
            <span aria-disabled="true" className={buttonClass("secondary", "cursor-not-allowed opacity-60")}>
              <Download className="h-4 w-4" aria-hidden="true" />
              Download CSV
            </span>
          ) : (
            <a href={csvExportUrl(report.tenant.id, report.recordId, redact)} className={buttonClass("secondary")} download>
              <Download className="h-4 w-4" aria-hidden="true" />
              Download CSV
            </a>
          )}
        </div>
      </div>
      <p role="status" className="mt-2 text-sm text-emerald-700 empty:hidden dark:text-emerald-300">
        {copy.state === "copied" ? `Copied the diagnosis as Markdown${redact ? ", with the user's name and UPN hidden" : ""}.` : ""}
      </p>
      {copy.state === "failed" ? (
        <div className="mt-2">
          <p className="text-sm text-amber-800 dark:text-amber-200">The browser did not allow copying. Select the text below and copy it.</p>
          <textarea readOnly value={copy.text} aria-label="Diagnosis as Markdown" rows={10} className="mt-1 w-full rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-950" />
        </div>
      ) : null}
    </section>
  );
}
