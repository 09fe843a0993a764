import { NextResponse } from "next/server";
import { withPermission } from "@/lib/api/with-permission";
import { exportTenantSnapshot } from "@/lib/tenant-data/export-snapshot";

/** Downloads the whole tenant as a snapshot JSON document (docs/snapshot-format.md). */
export const GET = withPermission<{ tenantId: string }>("export", async (_request, { params, viewer }) => {
  const { fileName, body } = await exportTenantSnapshot(params.tenantId, viewer);
  return new NextResponse(body, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
});
