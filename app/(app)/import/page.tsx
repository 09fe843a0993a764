import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Forbidden } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { importLimits } from "@/lib/import/limits";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { runEvaluationAction } from "../actions";
import { ImportHelp } from "./_components/import-help";
import { ImportUpload } from "./_components/import-upload";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const viewer = await requireViewer();
  const header = (
    <PageHeader
      title="Import"
      description="Bring the tenant in from what Microsoft Graph returns, or from CSV. See what would change before anything is written; the import is one transaction."
    />
  );
  if (!can(viewer.role, "import")) {
    return (
      <>
        {header}
        <Forbidden />
      </>
    );
  }
  const { selected } = await getSelectedTenant();
  return (
    <>
      {header}
      {!selected ? (
        <EmptyState title="No tenant yet">Import a tenant snapshot on the Reports page first; Graph and CSV files are imported into an existing tenant.</EmptyState>
      ) : (
        <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <Card title={`Import into ${selected.displayName}`}>
            <ImportUpload
              tenantId={selected.id}
              tenantName={selected.displayName}
              maxUploadBytes={importLimits.maxUploadBytes}
              runEvaluation={can(viewer.role, "evaluation:run") ? runEvaluationAction : null}
            />
          </Card>
          <Card title="What the import takes">
            <ImportHelp />
          </Card>
        </div>
      )}
    </>
  );
}
