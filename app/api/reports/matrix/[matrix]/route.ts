import { z } from "zod";
import { withPermission } from "@/lib/api/with-permission";
import { DomainError } from "@/lib/errors";
import { credentialColumns, credentialRows, identityJoinColumns, identityJoinRows, joinMatrixColumns, joinMatrixRows } from "@/lib/reports/matrices";
import { reportRoute } from "@/lib/reports/report-route";

const NoParams = z.object({});

const routes = {
  "join-types": reportRoute({ report: "matrix-join-types", schema: NoParams, columns: joinMatrixColumns, rows: (tenant) => joinMatrixRows(tenant.id) }),
  "identity-join": reportRoute({ report: "matrix-identity-join", schema: NoParams, columns: identityJoinColumns, rows: (tenant) => identityJoinRows(tenant.id) }),
  credentials: reportRoute({ report: "matrix-credentials", schema: NoParams, columns: credentialColumns, rows: (tenant) => credentialRows(tenant.id) }),
};

/** One of the three capability matrices, a row per cell (docs/csv-reports.md). */
export const GET = withPermission<{ matrix: string }>("export", async (request, { params }) => {
  const route = routes[params.matrix as keyof typeof routes];
  if (!route) throw new DomainError("not_found", "There is no such matrix.");
  return route(request, { params: Promise.resolve({}) });
});
