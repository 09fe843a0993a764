"use server";

import { cookies } from "next/headers";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { getTenant } from "@/lib/tenants/queries";
import { TENANT_COOKIE } from "@/lib/tenants/selection";
import { SelectTenantInput } from "@/lib/validations/tenant";
import { DomainError } from "@/lib/errors";

export const selectTenantAction = authorizedAction("tenant:read", SelectTenantInput, async ({ tenantId }) => {
  const tenant = await getTenant(tenantId);
  if (!tenant) throw new DomainError("not_found", "That tenant does not exist.");
  (await cookies()).set(TENANT_COOKIE, tenant.id, { path: "/", httpOnly: true, sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  return { ok: true, message: `Now showing ${tenant.displayName}` };
});
