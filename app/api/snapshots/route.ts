import { NextResponse } from "next/server";
import { withPermission } from "@/lib/api/with-permission";
import { readTextAtMost } from "@/lib/import/request-body";
import { importTenantSnapshot, MAX_SNAPSHOT_BYTES } from "@/lib/tenant-data/import-snapshot";

/** Imports a tenant snapshot (admin): the whole tenant is replaced in one transaction, or nothing changes. */
export const POST = withPermission("import", async (request, { viewer }) => {
  const text = await readTextAtMost(request, MAX_SNAPSHOT_BYTES);
  if (text === null) return NextResponse.json({ error: "too_large", message: `The snapshot is larger than ${MAX_SNAPSHOT_BYTES / 1_000_000} MB.` }, { status: 413 });
  const result = await importTenantSnapshot(text, viewer);
  return NextResponse.json(result, { status: result.ok ? 200 : 400 });
});
