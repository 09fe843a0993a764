import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState, Forbidden } from "@/components/ui/states";
import { buttonClass } from "@/components/ui/button";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listRuns } from "@/lib/evaluation/queries";
import { reports } from "@/lib/reports/catalog";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { formatDateTime } from "@/lib/ui/format";
import { runEvaluationAction } from "../actions";
import { ReportCard } from "./_components/report-card";
import { SnapshotImport } from "./_components/snapshot-import";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  const viewer = await requireViewer();
  const header = (
    <PageHeader title="Reports" description="Take the tenant out of Sightline: as a snapshot for backup and the command-line evaluator, and as CSV reports for auditors." />
  );
  if (!can(viewer.role, "export")) {
    return (
      <>
        {header}
        <Forbidden />
      </>
    );
  }
  const { selected } = await getSelectedTenant();
  if (!selected) {
    return (
      <>
        {header}
        <EmptyState title="No tenant yet" />
      </>
    );
  }
  const runs = (await listRuns(selected.id, { page: 1, pageSize: 20 })).items.filter((run) => run.status === "succeeded");
  const available = reports
    .filter((report) => can(viewer.role, report.permission))
    .map((report) =>
      report.key === "run-diff"
        ? { ...report, filters: report.filters.map((f) => (f.name === "run" ? { ...f, options: runs.map((r) => ({ value: r.id, label: formatDateTime(r.startedAt) })) } : f)) }
        : report,
    );

  return (
    <>
      {header}
      <div className="space-y-8">
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title="Tenant snapshot">
            <p className="text-sm text-slate-600 dark:text-slate-400">
              The whole of {selected.displayName} as one JSON document (docs/snapshot-format.md): Graph-shaped users, Cloud PCs, policies, network connections and settings, plus clients and
              agent sessions. <code className="font-mono text-xs">npm run evaluate</code> reads it without a database.
            </p>
            <a className={`${buttonClass("secondary")} mt-4`} href={`/api/tenants/${selected.id}/snapshot`} download>
              Download snapshot
            </a>
          </Card>
          {can(viewer.role, "import") ? (
            <Card title="Import a snapshot">
              <SnapshotImport runEvaluation={can(viewer.role, "evaluation:run") ? runEvaluationAction : null} />
              <p className="mt-4 border-t border-slate-100 pt-3 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
                Graph exports and CSV files go through{" "}
                <Link href="/import" className="text-brand-700 underline dark:text-brand-100">
                  Import
                </Link>
                , with a preview of what changes.
              </p>
            </Card>
          ) : null}
        </div>

        <section aria-labelledby="csv-reports" className="space-y-3">
          <div>
            <h2 id="csv-reports" className="text-base font-semibold">
              CSV reports
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              RFC 4180, UTF-8, ISO 8601 dates, stable headers (docs/csv-reports.md); a cell a spreadsheet would run as a formula starts with a single quote. Each report takes the filters of
              its page, and each download is audited.
            </p>
          </div>
          <div className="grid gap-4 lg:grid-cols-2">
            {available.map((report) => (
              <ReportCard key={report.key} report={report} />
            ))}
          </div>
        </section>
      </div>
    </>
  );
}
