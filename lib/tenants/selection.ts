import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { listTenants, type TenantSummary } from "./queries";

export const TENANT_COOKIE = "sightline-tenant";

/**
 * The tenant every page is scoped to: the one chosen in the switcher (a cookie), or the first by name.
 * Null only when the deployment holds no tenant yet.
 */
export const getSelectedTenant = cache(async (): Promise<{ selected: TenantSummary | null; tenants: TenantSummary[] }> => {
  const tenants = await listTenants();
  const wanted = (await cookies()).get(TENANT_COOKIE)?.value;
  const selected = tenants.find((t) => t.id === wanted) ?? tenants[0] ?? null;
  return { selected, tenants };
});
