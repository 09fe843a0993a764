import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState, Forbidden, NotAvailable } from "@/components/ui/states";
import { buttonClass } from "@/components/ui/button";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { runEvaluationAction } from "../actions";
import { SnapshotImport } from "./_components/snapshot-import";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  const viewer = await requireViewer();
  const { selected } = await getSelectedTenant();
  if (!can(viewer.role, "export")) return <Forbidden />;
  return (
    <>
      <PageHeader title="Reports" description="Take the tenant out of Sightline: as a snapshot for backup and the command-line evaluator, and as CSV reports for auditors." />
      {!selected ? (
        <EmptyState title="No tenant yet" />
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title="Tenant snapshot">
            <p className="text-sm text-slate-600 dark:text-slate-400">
              The whole of {selected.displayName} as one JSON document (docs/snapshot-format.md): Graph-shaped users, Cloud PCs, policies, network connections and settings, plus clients and agent sessions. `npm run evaluate` reads it without a database.
            </p>
            <a className={`${buttonClass("secondary")} mt-4`} href={`/api/tenants/${selected.id}/snapshot`} download>
              Download snapshot
            </a>
          </Card>
          {can(viewer.role, "import") ? (
            <Card title="Import a snapshot">
              <SnapshotImport runEvaluation={can(viewer.role, "evaluation:run") ? runEvaluationAction : null} />
            </Card>
          ) : null}
          <div className="lg:col-span-2">
            <NotAvailable area="CSV reports">Findings, inventories, the capability matrices, agent sessions, run diffs and the audit log as CSV are planned.</NotAvailable>
          </div>
        </div>
      )}
    </>
  );
}
