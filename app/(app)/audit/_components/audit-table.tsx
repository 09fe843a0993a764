import { formatDateTime } from "@/lib/ui/format";
import type { AuditRow } from "@/lib/audit/queries";

function Json({ label, text }: { label: string; text: string | null }) {
  if (!text) return null;
  let pretty = text;
  try {
    pretty = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // Stored as written; show it as is.
  }
  return (
    <div>
      <p className="text-xs font-medium text-slate-500">{label}</p>
      <pre className="max-h-48 overflow-auto rounded bg-slate-50 p-2 text-xs dark:bg-slate-950">{pretty}</pre>
    </div>
  );
}

export function AuditTable({ items }: { items: AuditRow[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
          <tr>
            <th scope="col" className="px-3 py-2">When</th>
            <th scope="col" className="px-3 py-2">Who</th>
            <th scope="col" className="px-3 py-2">Action</th>
            <th scope="col" className="px-3 py-2">What</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((e) => (
            <tr key={e.id} className="align-top">
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatDateTime(e.at)}</td>
              <td className="px-3 py-2">
                <p>{e.actorEmail ?? "system"}</p>
                {e.actorRole ? <p className="text-xs text-slate-500">{e.actorRole}</p> : null}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
              <td className="px-3 py-2">
                <p>{e.summary}</p>
                {e.beforeJson || e.afterJson ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs text-brand-700 dark:text-brand-100">Before and after</summary>
                    <div className="mt-1 grid gap-2 md:grid-cols-2">
                      <Json label="Before" text={e.beforeJson} />
                      <Json label="After" text={e.afterJson} />
                    </div>
                  </details>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
