import { NextResponse } from "next/server";
import { withPermission } from "@/lib/api/with-permission";
import { importAgentEventLog, MAX_LOG_BYTES } from "@/lib/import/agent-events";
import { readTextAtMost } from "@/lib/import/request-body";
import { AgentEventImportInput } from "@/lib/validations/agent-sessions";

/**
 * Imports an agent session event log (admin). `dryRun=1` answers with the preview and writes nothing;
 * `dryRun=0` commits, and with `expectedPlanHash` only if it would write exactly what was previewed.
 */
export const POST = withPermission("import", async (request, { viewer }) => {
  const url = new URL(request.url);
  const input = AgentEventImportInput.safeParse(Object.fromEntries(url.searchParams));
  if (!input.success) return NextResponse.json({ error: "invalid", message: "Say which tenant to import into." }, { status: 400 });
  const text = await readTextAtMost(request, MAX_LOG_BYTES);
  if (text === null) return NextResponse.json({ error: "too_large", message: `The event log is larger than ${MAX_LOG_BYTES / 1_000_000} MB.` }, { status: 413 });
  const { tenantId, dryRun, expectedPlanHash } = input.data;
  const result = await importAgentEventLog(tenantId, text, viewer, { dryRun: dryRun === "1", expectedPlanHash });
  return NextResponse.json(result, { status: result.ok ? 200 : 400 });
});
