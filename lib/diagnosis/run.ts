import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/session";
import { transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { DiagnosisInput } from "@/lib/validations/diagnosis";
import { diagnose } from "./diagnose";
import { readDiagnosisSlice, readDiagnosisSubjects } from "./load-slice";
import { validateAnswers } from "./questions";
import { getSymptom } from "./symptoms";
import type { Diagnosis, DiagnosisReport } from "./types";

type Agent = Pick<Viewer, "id" | "name" | "email" | "role">;

/**
 * Runs one diagnosis on the tenant's current data and saves it to the history with an audit event. The
 * slice is read and the record written in one transaction on one connection: the record is the answer
 * exactly as the agent saw it, on data no save changed in between, with who asked and when.
 * Each distinct request is one diagnosis (a "what if" with other answers or another client is another
 * one, recorded with its answers); the page caches answers it already has, so repeating one costs nothing.
 */
export async function runDiagnosis(input: DiagnosisInput, viewer: Agent, now = new Date()): Promise<DiagnosisReport> {
  // Refused before the transaction, so bad input never waits for the write lock.
  validateAnswers(input.answers);
  return transaction(async (tx) => {
    const tenant = await tx.tenant.findUnique({ where: { id: input.tenantId }, select: { id: true, displayName: true, dataUpdatedAt: true } });
    if (!tenant) throw new DomainError("not_found", "That tenant does not exist.");
    const cloudPcId = input.cloudPcId ?? (await readDiagnosisSubjects(tx, tenant.id, input.userId)).cloudPcs[0]?.id ?? null;
    const client = input.client ?? null;
    const slice = await readDiagnosisSlice(tx, tenant.id, { userId: input.userId, cloudPcId, clientId: client?.kind === "recorded" ? client.id : null });
    const diagnosis = diagnose(slice, { userId: input.userId, symptom: input.symptom, client, answers: input.answers, now });
    const report: DiagnosisReport = {
      recordId: randomUUID(),
      ranAt: now.toISOString(),
      ranBy: { name: viewer.name, email: viewer.email },
      tenant: { id: tenant.id, displayName: tenant.displayName, dataUpdatedAt: tenant.dataUpdatedAt.toISOString() },
      diagnosis,
    };
    await saveReport(tx, report, viewer);
    return report;
  });
}

async function saveReport(tx: Tx, report: DiagnosisReport, viewer: Agent) {
  const { diagnosis } = report;
  const { subject } = diagnosis;
  const answered = Object.keys(diagnosis.answers).length > 0;
  await tx.diagnosisRecord.create({
    data: {
      id: report.recordId,
      tenantId: report.tenant.id,
      userGraphId: subject.user.id,
      userDisplayName: subject.user.displayName,
      userPrincipalName: subject.user.userPrincipalName,
      cloudPcGraphId: subject.cloudPc?.id ?? null,
      cloudPcName: subject.cloudPc?.displayName ?? null,
      clientExternalId: subject.client && !subject.client.onTheSpot ? subject.client.id : null,
      clientApp: subject.client?.app ?? null,
      symptom: diagnosis.symptom,
      verdict: diagnosis.verdict,
      rootCauseRuleId: diagnosis.rootCause?.ruleId ?? null,
      failCount: diagnosis.counts.fail,
      unknownCount: diagnosis.counts.unknown,
      answersJson: answered ? JSON.stringify(diagnosis.answers) : null,
      resultJson: JSON.stringify(report),
      tenantDataUpdatedAt: new Date(report.tenant.dataUpdatedAt),
      ranById: viewer.id,
      ranByName: viewer.name,
      ranByEmail: viewer.email,
      createdAt: new Date(report.ranAt),
    },
    select: { id: true },
  });
  await recordAudit(
    {
      actor: viewer,
      action: "diagnosis.run",
      tenantId: report.tenant.id,
      entityType: "user",
      entityId: subject.user.id,
      summary: `Diagnosed ${subject.user.userPrincipalName} for “${getSymptom(diagnosis.symptom).label}”: ${verdictSummary(diagnosis)}${answered ? " (with answers)" : ""}`,
      after: {
        recordId: report.recordId,
        symptom: diagnosis.symptom,
        verdict: diagnosis.verdict,
        rootCauseRuleId: diagnosis.rootCause?.ruleId ?? null,
        cloudPcId: subject.cloudPc?.id ?? null,
        client: subject.client ? { app: subject.client.app, id: subject.client.onTheSpot ? null : subject.client.id } : null,
        answers: diagnosis.answers,
      },
    },
    tx,
  );
}

const verdictSummary = (diagnosis: Diagnosis) =>
  diagnosis.rootCause ? `root cause ${diagnosis.rootCause.ruleId}` : diagnosis.verdict === "noCloudPc" ? "no Cloud PC" : "no blocking cause found";
