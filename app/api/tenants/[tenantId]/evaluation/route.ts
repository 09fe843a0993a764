import { NextResponse } from "next/server";
import { withPermission } from "@/lib/api/with-permission";
import { getLatestRun, getRunningRun } from "@/lib/evaluation/queries";

/** The running and the latest evaluation run of a tenant; the overview polls it while a run is on. */
export const GET = withPermission<{ tenantId: string }>("tenant:read", async (_request, { params }) => {
  const [running, latest] = await Promise.all([getRunningRun(params.tenantId), getLatestRun(params.tenantId)]);
  return NextResponse.json({ running, latest }, { headers: { "cache-control": "no-store" } });
});
