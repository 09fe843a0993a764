import "server-only";
import { db, type Prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ClientApp } from "@/lib/validations/enums";
import type { SymptomId } from "@/lib/validations/diagnosis";
import type { DiagnosisReport, DiagnosisVerdictKind } from "./types";

/** One line of a user's diagnosis history: who diagnosed them, when, for what, and the verdict. */
export interface DiagnosisHistoryItem {
  id: string;
  createdAt: string;
  ranByName: string | null;
  ranByEmail: string | null;
  symptom: SymptomId;
  verdict: DiagnosisVerdictKind;
  rootCauseRuleId: string | null;
  cloudPcName: string | null;
  clientApp: ClientApp | null;
  clientOnTheSpot: boolean;
  /** Answers were assumed: a "what if" rather than the recorded data alone. */
  withAnswers: boolean;
  unknownCount: number;
}

const historySelect = {
  id: true,
  createdAt: true,
  ranByName: true,
  ranByEmail: true,
  symptom: true,
  verdict: true,
  rootCauseRuleId: true,
  cloudPcName: true,
  clientApp: true,
  clientExternalId: true,
  answersJson: true,
  unknownCount: true,
} satisfies Prisma.DiagnosisRecordSelect;

/** A user's latest diagnoses, newest first, with the total so the page can say how many more there are. */
export async function listDiagnosisHistory(tenantId: string, userId: string, take = 20): Promise<{ items: DiagnosisHistoryItem[]; total: number }> {
  const where = { tenantId, userGraphId: userId };
  const [rows, total] = await Promise.all([
    db.diagnosisRecord.findMany({ where, select: historySelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take }),
    db.diagnosisRecord.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      ranByName: row.ranByName,
      ranByEmail: row.ranByEmail,
      symptom: row.symptom as SymptomId,
      verdict: row.verdict as DiagnosisVerdictKind,
      rootCauseRuleId: row.rootCauseRuleId,
      cloudPcName: row.cloudPcName,
      clientApp: row.clientApp as ClientApp | null,
      clientOnTheSpot: row.clientApp !== null && row.clientExternalId === null,
      withAnswers: row.answersJson !== null,
      unknownCount: row.unknownCount,
    })),
    total,
  };
}

/** A saved diagnosis as it was shown, for the ticket exports. Only this tenant's records are found. */
export async function getDiagnosisReport(tenantId: string, recordId: string): Promise<DiagnosisReport> {
  const row = await db.diagnosisRecord.findFirst({ where: { id: recordId, tenantId }, select: { resultJson: true } });
  if (!row) throw new DomainError("not_found", "That diagnosis is not in this tenant's history.");
  // Written by runDiagnosis from the DiagnosisReport type, never from outside input.
  return JSON.parse(row.resultJson) as DiagnosisReport;
}
