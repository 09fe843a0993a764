import { NextResponse } from "next/server";
import { databaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/**
 * For load balancers and uptime checks, so open to all (docs/SECURITY.md): 200 when the database is
 * reachable and its migrations are the ones this build knows, 503 otherwise. It says nothing else.
 */
export async function GET() {
  const health = await databaseHealth();
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
