import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

const reports = [
  { kind: "sessions", label: "Sessions" },
  { kind: "events", label: "Events" },
  { kind: "violations", label: "Violations" },
] as const;

/** CSV downloads of what the list shows: the same URL filters, every page. */
export function ExportLinks({ params }: { params: Record<string, string> }) {
  const { page: _page, ...filters } = params;
  const query = new URLSearchParams(filters).toString();
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Export as CSV">
      <span className="text-xs font-medium text-slate-600 dark:text-slate-400">CSV:</span>
      {reports.map((r) => (
        <a key={r.kind} href={`/api/agents/export/${r.kind}${query ? `?${query}` : ""}`} className={buttonClass("secondary", "px-2.5 py-1.5")} aria-label={`Download ${r.label.toLowerCase()} as CSV`} download>
          <Download className="h-4 w-4" aria-hidden="true" />
          {r.label}
        </a>
      ))}
    </div>
  );
}
