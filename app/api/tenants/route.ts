import { NextResponse } from "next/server";
import { withPermission } from "@/lib/api/with-permission";
import { listTenants } from "@/lib/tenants/queries";

export const GET = withPermission("tenant:read", async () => {
  const tenants = await listTenants();
  return NextResponse.json({ items: tenants, total: tenants.length });
});
