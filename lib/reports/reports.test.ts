import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/queries";
import { listCloudPcs } from "@/lib/cloud-pcs/queries";
import { csvStream, type CsvColumn } from "@/lib/csv/stream";
import { getRunDiff, getLatestRun } from "@/lib/evaluation/queries";
import { runEvaluation } from "@/lib/evaluation/run-evaluation";
import { getJoinMatrixCounts, getIdentityJoinCounts } from "@/lib/matrix/queries";
import { saveTenantSnapshot } from "@/lib/tenant-data/save-snapshot";
import { listUsers } from "@/lib/users/queries";
import { AuditListParams } from "@/lib/validations/audit";
import { CloudPcListParams, UserListParams } from "@/lib/validations/inventory";
import { TenantSnapshot } from "@/lib/validations/snapshot";
import { buildContosoSnapshot } from "@/prisma/demo";
import { auditLogColumns, auditLogRows } from "./audit-log";
import { cloudPcReportColumns, cloudPcReportRows } from "./cloud-pcs";
import { credentialColumns, credentialRows, identityJoinColumns, identityJoinRows, joinMatrixColumns, joinMatrixRows } from "./matrices";
import { findRun, runDiffColumns, runDiffRows } from "./run-diff";
import { userReportColumns, userReportRows } from "./users";

/** The CSV file a report route would send, parsed back with csv-parse. */
async function csvRecords<Row>(columns: CsvColumn<Row>[], rows: AsyncIterable<Row> | Iterable<Row>, bom = false): Promise<{ raw: string; records: Record<string, string>[] }> {
  // Bytes, not Response.text(): a text decoder drops the byte order mark this test looks for.
  const raw = Buffer.from(await new Response(csvStream({ columns, rows, bom })).arrayBuffer()).toString("utf8");
  const records = parse(raw, { columns: true, bom: true }) as Record<string, string>[];
  return { raw, records };
}

const hostile = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTabbed", "\rReturned"];
let tenantId: string;

beforeAll(async () => {
  const snapshot = TenantSnapshot.parse(buildContosoSnapshot());
  // Names a spreadsheet would run as formulas, on entities every report shows.
  snapshot.cloudPCs.slice(0, hostile.length).forEach((pc, i) => (pc.displayName = hostile[i]));
  snapshot.users.slice(0, hostile.length).forEach((user, i) => (user.displayName = hostile[i]));
  tenantId = (await saveTenantSnapshot({ ...snapshot, tenant: { ...snapshot.tenant, displayName: "Reports tenant" } }, { mode: "replace" })).tenantId;
  await runEvaluation({ tenantId, actor: { id: "test", name: "Test", email: "test@sightline.test", role: "admin" } });
}, 60_000);

describe("CSV reports parse back to the rows on screen", () => {
  it("the Cloud PC report: the Cloud PC table's rows, in its order, with the same filters", async () => {
    const params = CloudPcListParams.parse({ joinType: "azureADJoin", sort: "-name", pageSize: "100" });
    const screen = await listCloudPcs(tenantId, params);
    expect(screen.total).toBeGreaterThan(0);
    expect(screen.total).toBeLessThanOrEqual(100);
    const { raw, records } = await csvRecords(cloudPcReportColumns, cloudPcReportRows(tenantId, params));
    expect(raw.startsWith("\uFEFF")).toBe(false);
    expect(raw).toContain("\r\n");
    expect(Object.keys(records[0])).toEqual(cloudPcReportColumns.map((c) => c.header));
    expect(records.map((r) => [r.id, r.displayName.replace(/^'(?=[=+\-@\t\r])/, ""), r.joinType, r.openFindings])).toEqual(
      screen.items.map((pc) => [pc.graphId, pc.displayName, pc.joinType, String(pc.openFindings.count)]),
    );
    // Every Cloud PC with open findings names the failing or unknown rules behind the count.
    for (const record of records.filter((r) => Number(r.openFindings) > 0)) expect(`${record.failingRules}${record.unknownRules}`).not.toBe("");
  });

  it("the users report: the users table's rows with the join types their identity type can use", async () => {
    const params = UserListParams.parse({ identityType: "external", pageSize: "100" });
    const screen = await listUsers(tenantId, params);
    expect(screen.total).toBeGreaterThan(0);
    const { records } = await csvRecords(userReportColumns, userReportRows(tenantId, params));
    expect(records.map((r) => [r.id, r.identityType, r.cloudPcs])).toEqual(screen.items.map((u) => [u.graphId, u.identityType, String(u.cloudPcCount)]));
    for (const record of records) {
      expect(record.supportedJoinTypes).toBe("azureADJoin");
      expect(record.hybridJoin).toBe("Not supported");
    }
  });

  it("the three matrices: one row per cell, with the counts the matrix page shows", async () => {
    const join = await getJoinMatrixCounts(tenantId);
    const joinCsv = (await csvRecords(joinMatrixColumns, await joinMatrixRows(tenantId))).records;
    expect(joinCsv).toHaveLength(10);
    const subscriptionHybrid = joinCsv.find((r) => r.capabilityKey === "subscription" && r.joinType === "hybridAzureADJoin")!;
    expect(subscriptionHybrid).toMatchObject({ documented: "Required", cloudPcs: String(join.cloudPcs.hybridAzureADJoin ?? 0), breakingRules: `JOIN-001=${join.failingByRule["JOIN-001"] ?? 0}` });

    const identity = await getIdentityJoinCounts(tenantId);
    const identityCsv = (await csvRecords(identityJoinColumns, await identityJoinRows(tenantId))).records;
    expect(identityCsv).toHaveLength(8);
    const externalHybrid = identityCsv.find((r) => r.identityType === "external" && r.joinType === "hybridAzureADJoin")!;
    expect(externalHybrid).toMatchObject({ supported: "false", people: String(identity.external?.hybridAzureADJoin?.users ?? 0) });

    const credentials = (await csvRecords(credentialColumns, await credentialRows(tenantId))).records;
    expect(credentials).toHaveLength(3 * 5 * 5);
    expect(credentials.find((r) => r.phase === "cloudService" && r.credential === "fido2" && r.platform === "android")).toMatchObject({ support: "no" });
  });

  it("the run diff: every change of the run, as getRunDiff counts them", async () => {
    const run = (await findRun(tenantId, undefined))!;
    expect(run.id).toBe((await getLatestRun(tenantId))!.id);
    const diff = (await getRunDiff(run.id, { limit: 10_000 }))!;
    const { records } = await csvRecords(runDiffColumns, runDiffRows(run.id));
    expect(records.length).toBe(Object.values(diff.totals).reduce((a, b) => a + b, 0));
    expect(records.filter((r) => r.change === "new").map((r) => `${r.ruleId}/${r.entityId}`).sort()).toEqual(diff.findings.new.map((f) => `${f.ruleId}/${f.entityId}`).sort());
    expect(await findRun(tenantId, "not-a-run")).toBeNull();
  });

  it("the audit log: the audit page's rows, newest first, across keyset batches", async () => {
    const params = AuditListParams.parse({ pageSize: "100" });
    const screen = await listAuditEvents(tenantId, params);
    const { records } = await csvRecords(auditLogColumns, auditLogRows(tenantId, params, 2));
    expect(records.map((r) => [r.at, r.action, r.summary])).toEqual(screen.items.map((e) => [e.at.toISOString(), e.action, e.summary]));
    expect(records[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("neutralizes every formula-looking cell and keeps the rest of its text", async () => {
    const { raw, records } = await csvRecords(cloudPcReportColumns, cloudPcReportRows(tenantId, CloudPcListParams.parse({ pageSize: "100" })), true);
    expect(raw.startsWith("\uFEFF")).toBe(true);
    const names = records.map((r) => r.displayName);
    for (const value of hostile) expect(names).toContain(`'${value}`);
    expect(names.filter((n) => /^[=+\-@\t\r]/.test(n))).toEqual([]);
    const users = (await csvRecords(userReportColumns, userReportRows(tenantId, UserListParams.parse({ pageSize: "100" })))).records.map((r) => r.displayName);
    for (const value of hostile) expect(users).toContain(`'${value}`);
  });
});
