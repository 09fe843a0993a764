import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { requireViewer } from "@/lib/auth/session";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { resolveEntityPath } from "@/lib/tenants/resolve-entity";

/** Opens the page of an entity named by its source id (as findings and evidence name it). */
export default async function GoToEntity({ params }: { params: Promise<{ entityType: string; sourceId: string }> }) {
  await requireViewer();
  const { entityType, sourceId } = await params;
  const { selected } = await getSelectedTenant();
  const path = selected ? await resolveEntityPath(selected.id, entityType, decodeURIComponent(sourceId)) : null;
  if (path) redirect(path);
  return (
    <>
      <PageHeader title="Not found" />
      <EmptyState title="This record is not in the selected tenant">It may have been removed by a later import, or it belongs to another tenant.</EmptyState>
    </>
  );
}
