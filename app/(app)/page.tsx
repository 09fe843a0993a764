import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { Breakdown } from "@/components/ui/breakdown";
import { EmptyState } from "@/components/ui/states";
import { requireViewer } from "@/lib/auth/session";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { getInventoryCounts } from "@/lib/tenants/inventory-counts";
import { cloudLabels, editionLabels, identityTypeLabels, joinTypeLabels, labelOf } from "@/lib/ui/labels";
import { identityTypes, joinTypes } from "@/lib/validations/enums";
import { EvaluationPanel } from "./_components/evaluation-panel";
import { PostureCards } from "./_components/posture-cards";
import { formatDateTime } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const viewer = await requireViewer();
  const { selected } = await getSelectedTenant();
  if (!selected) {
    return (
      <>
        <PageHeader title="Overview" />
        <EmptyState title="No tenant yet">An admin adds a tenant by importing a Microsoft Graph export or a tenant snapshot.</EmptyState>
      </>
    );
  }
  const counts = await getInventoryCounts(selected.id);
  const identityRows = identityTypes.map((t) => ({ label: labelOf(identityTypeLabels, t), value: counts.usersByIdentityType[t] ?? 0 }));
  const joinRows = [...joinTypes, "unknown"].map((t) => ({ label: t === "unknown" ? "Unknown join type" : labelOf(joinTypeLabels, t), value: counts.cloudPcsByJoinType[t] ?? 0 }));

  return (
    <>
      <PageHeader
        title={`${selected.displayName} overview`}
        description={`${labelOf(editionLabels, selected.edition)} edition · ${labelOf(cloudLabels, selected.cloud)} cloud · tenant data updated ${formatDateTime(selected.dataUpdatedAt)}`}
      />
      <div className="grid gap-6">
        <EvaluationPanel tenantId={selected.id} role={viewer.role} />
        <PostureCards tenantId={selected.id} />
        <div className="grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-6">
          <Stat label="Users" value={counts.users} href="/users" />
          <Stat label="Cloud PCs" value={counts.cloudPcs} href="/cloud-pcs" />
          <Stat label="Provisioning policies" value={counts.provisioningPolicies} href="/provisioning-policies" />
          <Stat label="Network connections" value={counts.networkConnections} href="/network-connections" />
          <Stat label="Conditional Access policies" value={counts.conditionalAccessPolicies} href="/conditional-access" />
          <Stat label="Agent sessions" value={counts.agentSessions} href="/agents" />
        </div>
        <div className="grid gap-6 md:grid-cols-2">
          <Card title="Users by identity type">
            <Breakdown rows={identityRows} />
          </Card>
          <Card title="Cloud PCs by join type">
            <Breakdown rows={joinRows.filter((r) => r.value > 0 || r.label !== "Unknown join type")} />
          </Card>
        </div>
      </div>
    </>
  );
}
