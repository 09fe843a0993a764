import "server-only";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getSelectedTenant } from "@/lib/tenants/selection";

/** What every inventory page needs first: who is looking, at which tenant, and what they may do there. */
export async function getInventoryContext() {
  const viewer = await requireViewer();
  const { selected } = await getSelectedTenant();
  return {
    viewer,
    tenant: selected,
    canRead: can(viewer.role, "tenant:read"),
    canEdit: can(viewer.role, "tenant:edit"),
    canExport: can(viewer.role, "export"),
    canEvaluate: can(viewer.role, "evaluation:run"),
  };
}
export type InventoryContext = Awaited<ReturnType<typeof getInventoryContext>>;
