import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadTenantSnapshot } from "@/lib/tenant-data/load-snapshot";
import { demoNow } from "@/prisma/factories/clock";
import { seedDemoTenants } from "@/prisma/seed-demo";
import { getDiagnosisReport, listDiagnosisHistory } from "./queries";
import { runDiagnosis } from "./run";
import { findPerson } from "./test-fixtures";

const agent = { id: "acc-helpdesk", name: "Hal Helpdesk", email: "hal@example.test", role: "helpdesk" as const };
let contoso = "";
let fabrikam = "";
let sofia: ReturnType<typeof findPerson>;

beforeAll(async () => {
  const seeded = Object.fromEntries((await seedDemoTenants()).map((tenant) => [tenant.name, tenant.tenantId]));
  contoso = seeded.Contoso;
  fabrikam = seeded.Fabrikam;
  sofia = findPerson(await loadTenantSnapshot(contoso), "Sofia Marin");
}, 60_000);

describe("runDiagnosis", () => {
  it("diagnoses from the saved tenant data and saves the diagnosis with an audit event", async () => {
    const report = await runDiagnosis(
      { tenantId: contoso, userId: sofia.user.id, cloudPcId: null, client: { kind: "recorded", id: sofia.clients[0].id }, symptom: "guestCannotSignIn", answers: {} },
      agent,
      demoNow,
    );
    expect(report.diagnosis.rootCause?.ruleId).toBe("EXT-006");
    // No Cloud PC named: the user's first one is diagnosed.
    expect(report.diagnosis.subject.cloudPc?.id).toBe(sofia.cloudPcs[0].id);
    expect(report.ranBy).toEqual({ name: "Hal Helpdesk", email: "hal@example.test" });
    const tenant = await db.tenant.findUniqueOrThrow({ where: { id: contoso }, select: { dataUpdatedAt: true, displayName: true } });
    expect(report.tenant).toEqual({ id: contoso, displayName: tenant.displayName, dataUpdatedAt: tenant.dataUpdatedAt.toISOString() });

    const record = await db.diagnosisRecord.findUniqueOrThrow({ where: { id: report.recordId } });
    expect(record).toMatchObject({
      tenantId: contoso,
      userGraphId: sofia.user.id,
      symptom: "guestCannotSignIn",
      verdict: "blocked",
      rootCauseRuleId: "EXT-006",
      clientExternalId: sofia.clients[0].id,
      clientApp: "windowsAppWindows",
      answersJson: null,
      ranByEmail: "hal@example.test",
    });
    expect(JSON.parse(record.resultJson)).toEqual(report);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "diagnosis.run", entityId: sofia.user.id }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ tenantId: contoso, actorEmail: "hal@example.test", actorRole: "helpdesk", entityType: "user" });
    expect(audit.summary).toContain("root cause EXT-006");
    expect(JSON.parse(audit.afterJson!)).toMatchObject({ recordId: report.recordId, verdict: "blocked", rootCauseRuleId: "EXT-006" });
  });

  it("saves a what-if as a diagnosis of its own, with its answers and the client picked on the spot", async () => {
    const report = await runDiagnosis(
      {
        tenantId: contoso,
        userId: sofia.user.id,
        cloudPcId: sofia.cloudPcs[0].id,
        client: { kind: "onTheSpot", app: "windowsAppWeb" },
        symptom: "guestCannotSignIn",
        answers: { "client.canReachRequiredUrls": "yes" },
      },
      agent,
      // A minute later, so the history's newest-first order is the order they ran in.
      new Date(demoNow.getTime() + 60_000),
    );
    expect(report.diagnosis.verdict).toBe("clear");
    const record = await db.diagnosisRecord.findUniqueOrThrow({ where: { id: report.recordId } });
    expect(record).toMatchObject({ clientExternalId: null, clientApp: "windowsAppWeb", verdict: "clear", rootCauseRuleId: null });
    expect(JSON.parse(record.answersJson!)).toEqual({ "client.canReachRequiredUrls": "yes" });

    const history = await listDiagnosisHistory(contoso, sofia.user.id);
    expect(history.total).toBeGreaterThanOrEqual(2);
    expect(history.items[0]).toMatchObject({ id: report.recordId, verdict: "clear", clientOnTheSpot: true, withAnswers: true, ranByName: "Hal Helpdesk" });
  });

  it("records nothing when the request is refused", async () => {
    const before = await db.diagnosisRecord.count();
    const audits = await db.auditEvent.count({ where: { action: "diagnosis.run" } });
    const base = { tenantId: contoso, userId: sofia.user.id, cloudPcId: null, client: null, symptom: "cannotConnect" as const, answers: {} };
    await expect(runDiagnosis({ ...base, answers: { "client.b2bRegistryKeySet": "perhaps" } }, agent, demoNow)).rejects.toThrow(DomainError);
    await expect(runDiagnosis({ ...base, userId: "nobody" }, agent, demoNow)).rejects.toThrow("That user is not in this tenant.");
    await expect(runDiagnosis({ ...base, tenantId: "no-such-tenant" }, agent, demoNow)).rejects.toThrow("That tenant does not exist.");
    await expect(runDiagnosis({ ...base, client: { kind: "recorded", id: "someone-elses" } }, agent, demoNow)).rejects.toThrow(DomainError);
    expect(await db.diagnosisRecord.count()).toBe(before);
    expect(await db.auditEvent.count({ where: { action: "diagnosis.run" } })).toBe(audits);
  });
});

describe("the saved report", () => {
  it("is read back only within its tenant", async () => {
    const { items } = await listDiagnosisHistory(contoso, sofia.user.id, 1);
    const report = await getDiagnosisReport(contoso, items[0].id);
    expect(report.recordId).toBe(items[0].id);
    await expect(getDiagnosisReport(fabrikam, items[0].id)).rejects.toThrow("not in this tenant's history");
    expect((await listDiagnosisHistory(fabrikam, sofia.user.id)).total).toBe(0);
  });
});
