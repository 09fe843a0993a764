import type { HealthCheckData } from "@/lib/tenant-data/mapping/network-connection";
import { formatDateTime } from "@/lib/ui/format";
import { graphValueLabel, healthCheckStatusLabels } from "@/lib/ui/labels";

const tone: Record<string, string> = {
  failed: "text-red-700 dark:text-red-300",
  warning: "text-amber-700 dark:text-amber-300",
  passed: "text-emerald-700 dark:text-emerald-300",
};

/** The checks of the connection's last health check run (Graph healthCheckStatusDetail.healthChecks). */
export function HealthChecks({ checks, recorded }: { checks: HealthCheckData[]; recorded: boolean }) {
  if (checks.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">{recorded ? "The last run lists no checks." : "No health check run is recorded for this connection."}</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Health checks of the last run</caption>
        <thead className="text-left text-xs font-semibold text-slate-500 dark:text-slate-400">
          <tr>
            <th scope="col" className="w-1/3 py-1.5 pr-4">Check</th>
            <th scope="col" className="py-1.5 pr-4">Status</th>
            <th scope="col" className="py-1.5 pr-4">Error and recommended action</th>
            <th scope="col" className="hidden py-1.5 md:table-cell">Ended</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {checks.map((check) => (
            <tr key={check.position} className="align-top">
              <th scope="row" className="py-1.5 pr-4 text-left font-medium">{check.displayName ?? `Check ${check.position + 1}`}</th>
              <td className={`py-1.5 pr-4 whitespace-nowrap ${tone[check.status ?? ""] ?? ""}`}>{graphValueLabel(healthCheckStatusLabels, check.status)}</td>
              <td className="py-1.5 pr-4 [overflow-wrap:anywhere]">
                {check.errorType ? <code className="text-xs">{check.errorType}</code> : <span className="text-slate-500 dark:text-slate-400">–</span>}
                {check.recommendedAction ? <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{check.recommendedAction}</p> : null}
              </td>
              <td className="hidden py-1.5 text-xs whitespace-nowrap text-slate-500 md:table-cell dark:text-slate-400">{formatDateTime(check.endDateTime)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
