import "server-only";
import type { CsvColumn } from "@/lib/csv/stream";
import { db } from "@/lib/db";
import { distinct } from "@/lib/inventory/query-helpers";
import { identitySupport } from "@/lib/matrix/join-capabilities";
import { userCsvColumns } from "@/lib/users/csv";
import { exportUsers, type UserListItem } from "@/lib/users/queries";
import { joinTypes, type IdentityType, type JoinType } from "@/lib/validations/enums";
import type { UserListParams } from "@/lib/validations/inventory";
import { enriched, listCell } from "./batches";
import { noFindingFacts, userFindingFacts, type FindingFacts } from "./finding-facts";

/** A row of the users report: the users table's row with the join types the user can use and has. */
export interface UserReportRow extends UserListItem {
  cloudPcJoinTypes: string[];
  signInMethods: string[];
  findings: FindingFacts;
}

/**
 * The users report: the rows the users table shows for the same URL parameters (its own query,
 * lib/users/queries.ts), each with the join types Windows 365 supports for the user's identity type
 * (reference data, lib/matrix/join-capabilities.ts), the join types of the user's Cloud PCs, and the
 * rules that fail for them (the persisted findings: no rule is evaluated here).
 */
export function userReportRows(tenantId: string, params: UserListParams): AsyncIterable<UserReportRow> {
  return enriched(exportUsers(tenantId, params), 500, async (batch) => {
    const ids = batch.map((u) => u.graphId);
    const [users, findings] = await Promise.all([
      db.directoryUser.findMany({ where: { tenantId, graphId: { in: ids } }, select: { graphId: true, upnLower: true, signInMethodsJson: true } }),
      userFindingFacts(tenantId, ids),
    ]);
    const pcs = await db.cloudPc.findMany({ where: { tenantId, upnLower: { in: distinct(users.map((u) => u.upnLower)) } }, select: { upnLower: true, joinType: true } });
    const joinTypesByUpn = new Map<string, string[]>();
    for (const pc of pcs) if (pc.upnLower) joinTypesByUpn.set(pc.upnLower, [...(joinTypesByUpn.get(pc.upnLower) ?? []), pc.joinType ?? "unknown"]);
    const byId = new Map(users.map((u) => [u.graphId, u]));
    return batch.map((row) => {
      const user = byId.get(row.graphId);
      return {
        ...row,
        cloudPcJoinTypes: user ? (joinTypesByUpn.get(user.upnLower) ?? []) : [],
        signInMethods: user?.signInMethodsJson ? (JSON.parse(user.signInMethodsJson) as string[]) : [],
        findings: findings.get(row.graphId) ?? noFindingFacts(),
      };
    });
  });
}

const support = (row: UserReportRow, join: JoinType) => identitySupport[row.identityType as IdentityType]?.[join];

/** The users table's columns, then the join types and findings (docs/csv-reports.md). */
export const userReportColumns: CsvColumn<UserReportRow>[] = [
  ...(userCsvColumns as CsvColumn<UserReportRow>[]),
  { header: "supportedJoinTypes", value: (r) => listCell(joinTypes.filter((j) => support(r, j)?.supported)) },
  { header: "entraJoin", value: (r) => support(r, "azureADJoin")?.note },
  { header: "hybridJoin", value: (r) => support(r, "hybridAzureADJoin")?.note },
  { header: "cloudPcJoinTypes", value: (r) => listCell(r.cloudPcJoinTypes) },
  { header: "signInMethods", value: (r) => listCell(r.signInMethods) },
  { header: "stallsSignIn", value: (r) => r.findings.stalls },
  { header: "failingRules", value: (r) => listCell(r.findings.failingRules) },
  { header: "unknownRules", value: (r) => listCell(r.findings.unknownRules) },
];
