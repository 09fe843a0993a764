import { clientAppLabels, cloudPcStatusLabels, graphValueLabel, identityTypeLabels, joinTypeLabels, labelOf, phaseLabels } from "../ui/labels";
import { getSymptom } from "./symptoms";
import type { Diagnosis, DiagnosisStep, DiagnosisSubject } from "./types";

/**
 * The diagnosis in words, shared by the page, the Markdown ticket and the CSV so the three never
 * describe the same verdict differently.
 */

export const stepStatusLabels: Record<DiagnosisStep["status"], string> = { pass: "Pass", fail: "Fail", unknown: "Unknown" };

export const audienceLabels = { user: "Ask the user", admin: "Ask an admin" } as const;

export function headline(diagnosis: Diagnosis): string {
  const root = diagnosis.rootCause;
  if (root) return `Blocked at ${labelOf(phaseLabels, root.phase).toLowerCase()}: ${root.ruleId} ${root.title}`;
  if (diagnosis.verdict === "noCloudPc") return "No Cloud PC: this user has no Cloud PC in the tenant data";
  return "No blocking cause found";
}

/** One sentence under the headline: what to do next. */
export function nextStep(diagnosis: Diagnosis): string {
  const open = diagnosis.questions.filter((question) => question.answer === null).length;
  const unknowns = open === 0 ? "" : ` ${open === 1 ? "One question is" : `${open} questions are`} still open.`;
  if (diagnosis.rootCause) return `Fix this first, in the order below.${unknowns}`;
  if (diagnosis.verdict === "noCloudPc") return `Check the user's provisioning policy assignment and Windows 365 license before anything else.${unknowns}`;
  return open === 0
    ? "Every check that can produce this symptom passes on the recorded data."
    : `Nothing recorded blocks this symptom.${unknowns} An answer may change the verdict.`;
}

/** Remarks on the picture as a whole: the wrong symptom for the user, answers that did not apply. */
export function notes(diagnosis: Diagnosis): string[] {
  const out: string[] = [];
  const { user, client } = diagnosis.subject;
  if (diagnosis.symptom === "guestCannotSignIn" && user.identityType !== "external") {
    out.push(`${userLabel(diagnosis.subject)} is a ${labelOf(identityTypeLabels, user.identityType).toLowerCase()} identity, not an external one: the guest checks do not apply.`);
  }
  const otherStalls = diagnosis.furtherProblems.filter((step) => step.relevance === "other" && step.stalls);
  if (!diagnosis.rootCause && otherStalls.length > 0) {
    out.push(`Other findings stall sign-in for this user (${[...new Set(otherStalls.map((step) => step.ruleId))].join(", ")}): the ticket's symptom may be a different one.`);
  }
  if (client?.onTheSpot) out.push(`The client was picked on the spot: only its app is known, so its other facts are questions.`);
  if (!client) out.push("No client was picked: the checks on the user's device are left out.");
  if (diagnosis.skippedAnswers.length > 0) out.push(`${diagnosis.skippedAnswers.length} answer(s) concern something this diagnosis does not include and were left out.`);
  return out;
}

export const userLabel = (subject: DiagnosisSubject) => subject.user.displayName || subject.user.userPrincipalName;

export function cloudPcLabel(subject: DiagnosisSubject): string {
  const cloudPc = subject.cloudPc;
  if (!cloudPc) return "None";
  const parts = [labelOf(joinTypeLabels, cloudPc.joinType), cloudPc.policyName ? `policy ${cloudPc.policyName}` : null, `status ${graphValueLabel(cloudPcStatusLabels, cloudPc.status)}`];
  return `${cloudPc.displayName} (${parts.filter(Boolean).join(", ")})`;
}

export function clientLabel(subject: DiagnosisSubject): string {
  const client = subject.client;
  if (!client) return "None picked";
  const app = labelOf(clientAppLabels, client.app);
  if (client.onTheSpot) return `${app} (picked on the spot; device not recorded)`;
  return `${app} on ${client.deviceName ?? "an unnamed device"}${client.localOs ? ` (${client.localOs})` : ""}`;
}

export const symptomLabel = (diagnosis: Diagnosis) => getSymptom(diagnosis.symptom).label;

export const evidenceLine = (step: Pick<DiagnosisStep, "evidence">) =>
  step.evidence.map((item) => `${item.label}: ${item.value === null ? "not recorded" : String(item.value)}`).join("; ");

/** Steps are compared by rule and entity: a diagnosis read back from JSON has no shared objects. */
export const isRootCause = (diagnosis: Diagnosis, step: Pick<DiagnosisStep, "ruleId" | "entityId">) =>
  diagnosis.rootCause !== null && diagnosis.rootCause.ruleId === step.ruleId && diagnosis.rootCause.entityId === step.entityId;
