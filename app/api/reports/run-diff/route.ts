import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { findRun, runDiffColumns, runDiffRows } from "@/lib/reports/run-diff";
import { reportRoute } from "@/lib/reports/report-route";

const RunDiffParams = z.object({ run: z.string().trim().min(1).max(64).optional().catch(undefined) });

/** What an evaluation run changed (`run=<id>`, else the latest finished run), whole (docs/csv-reports.md). */
export const GET = reportRoute({
  report: "run-diff",
  schema: RunDiffParams,
  columns: runDiffColumns,
  rows: async (tenant, params) => {
    const run = await findRun(tenant.id, params.run);
    if (!run) throw new DomainError("not_found", params.run ? "That evaluation run is not one of this tenant's." : "The tenant has no finished evaluation run yet.");
    return runDiffRows(run.id);
  },
});
