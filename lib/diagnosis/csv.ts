import type { CsvColumn } from "../csv/stream";
import { formatDateTime } from "../ui/format";
import { entityTypeLabels, labelOf, phaseLabels, severityLabels } from "../ui/labels";
import { redactUser } from "./redact";
import type { DiagnosisReport, DiagnosisStep } from "./types";
import { audienceLabels, clientLabel, cloudPcLabel, evidenceLine, headline, isRootCause, stepStatusLabels, symptomLabel, userLabel } from "./wording";

interface CsvRow {
  report: DiagnosisReport;
  step: DiagnosisStep;
  order: number;
}

function role(report: DiagnosisReport, step: DiagnosisStep): string {
  if (isRootCause(report.diagnosis, step)) return "Root cause";
  if (step.blocking) return "Also blocks";
  if (step.status === "fail") return step.relevance === "other" ? "Other problem" : "Problem";
  if (step.status === "unknown") return "To find out";
  return step.relevance === "cause" ? "Ruled out" : "Context";
}

function questionsFor(report: DiagnosisReport, step: DiagnosisStep): string {
  if (step.status !== "unknown") return "";
  return report.diagnosis.questions
    .filter((question) => question.answer === null && question.settles.includes(step.ruleId))
    .map((question) => `${audienceLabels[question.audience]}: ${question.text}`)
    .join(" / ");
}

/** One row per step of the walk, each carrying the diagnosis's who, what and when, so a row stands on its own in a spreadsheet. */
export const diagnosisCsvColumns: CsvColumn<CsvRow>[] = [
  { header: "Diagnosis", value: ({ report }) => report.recordId },
  { header: "Diagnosed at (UTC)", value: ({ report }) => formatDateTime(report.ranAt) },
  { header: "Diagnosed by", value: ({ report }) => report.ranBy.email || report.ranBy.name },
  { header: "Tenant", value: ({ report }) => report.tenant.displayName },
  { header: "Tenant data updated (UTC)", value: ({ report }) => formatDateTime(report.tenant.dataUpdatedAt) },
  { header: "User", value: ({ report }) => userLabel(report.diagnosis.subject) },
  { header: "UPN", value: ({ report }) => report.diagnosis.subject.user.userPrincipalName },
  { header: "Cloud PC", value: ({ report }) => cloudPcLabel(report.diagnosis.subject) },
  { header: "Client", value: ({ report }) => clientLabel(report.diagnosis.subject) },
  { header: "Symptom", value: ({ report }) => symptomLabel(report.diagnosis) },
  { header: "Verdict", value: ({ report }) => headline(report.diagnosis) },
  { header: "Phase", value: ({ step }) => labelOf(phaseLabels, step.phase) },
  { header: "Step", value: ({ order }) => order },
  { header: "Rule", value: ({ step }) => step.ruleId },
  { header: "Check", value: ({ step }) => step.title },
  { header: "Severity", value: ({ step }) => labelOf(severityLabels, step.severity) },
  { header: "Stalls sign-in", value: ({ step }) => (step.stalls ? "yes" : "no") },
  { header: "Result", value: ({ step }) => stepStatusLabels[step.status] },
  { header: "Role", value: ({ report, step }) => role(report, step) },
  { header: "Entity type", value: ({ step }) => labelOf(entityTypeLabels, step.entityType) },
  { header: "Entity", value: ({ step }) => step.entityName },
  { header: "Evidence", value: ({ step }) => evidenceLine(step) },
  { header: "Missing fact", value: ({ step }) => step.missing ?? "" },
  { header: "Question to ask", value: ({ report, step }) => questionsFor(report, step) },
  { header: "Fix", value: ({ step }) => step.remediation.map((line, index) => `${index + 1}. ${line}`).join(" ") },
];

/** The rows of the CSV ticket export, in walk order; redacted like the Markdown when asked. */
export function diagnosisCsvRows(source: DiagnosisReport, options: { redact?: boolean } = {}): CsvRow[] {
  const report = options.redact ? redactUser(source, source.diagnosis.subject) : source;
  const steps = report.diagnosis.phases.flatMap((phase) => phase.steps);
  return steps.map((step, index) => ({ report, step, order: index + 1 }));
}
