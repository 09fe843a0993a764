import { formatDateTime } from "../ui/format";
import { identityTypeLabels, labelOf, phaseLabels, severityLabels } from "../ui/labels";
import { redactUser } from "./redact";
import type { DiagnosisReport, DiagnosisStep } from "./types";
import { audienceLabels, clientLabel, cloudPcLabel, evidenceLine, headline, isRootCause, nextStep, notes, stepStatusLabels, symptomLabel, userLabel } from "./wording";

/** Text inside a Markdown table cell: pipes escaped, line breaks flattened. */
const cell = (text: string) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

const stepLine = (step: DiagnosisStep) => `${step.ruleId} ${step.title} — ${step.entityName}`;

/**
 * The diagnosis as a Markdown ticket note: who, what, the verdict and its fix first (what the reader of
 * a ticket needs), then the open questions, then the whole walk as evidence. With `redact`, the user's
 * name and UPN are replaced everywhere.
 */
export function renderDiagnosisMarkdown(source: DiagnosisReport, options: { redact?: boolean } = {}): string {
  const report = options.redact ? redactUser(source, source.diagnosis.subject) : source;
  const { diagnosis } = report;
  const { subject } = diagnosis;
  const lines: string[] = [];

  lines.push(`## Sign-in diagnosis: ${userLabel(subject)}`, "");
  lines.push(`- **Symptom:** ${symptomLabel(diagnosis)}`);
  lines.push(`- **User:** ${userLabel(subject)} (${subject.user.userPrincipalName}), ${labelOf(identityTypeLabels, subject.user.identityType).toLowerCase()} identity`);
  lines.push(`- **Cloud PC:** ${cloudPcLabel(subject)}`);
  lines.push(`- **Client:** ${clientLabel(subject)}`);
  lines.push(`- **Diagnosed by:** ${report.ranBy.name}${report.ranBy.email ? ` (${report.ranBy.email})` : ""}, ${formatDateTime(report.ranAt)}`);
  lines.push(`- **Tenant data:** ${report.tenant.displayName}, updated ${formatDateTime(report.tenant.dataUpdatedAt)}`);
  lines.push("");

  lines.push(`### Verdict: ${headline(diagnosis)}`, "", nextStep(diagnosis), "");
  for (const note of notes(diagnosis)) lines.push(`> ${note}`, "");

  if (diagnosis.rootCause) {
    lines.push("#### Fix, in order", "");
    diagnosis.rootCause.remediation.forEach((step, index) => lines.push(`${index + 1}. ${step}`));
    lines.push("", `Evidence: ${evidenceLine(diagnosis.rootCause) || "none recorded"}`, "");
  }

  if (diagnosis.furtherProblems.length > 0) {
    lines.push("#### Further problems", "");
    for (const step of diagnosis.furtherProblems) {
      lines.push(`- ${step.blocking ? "**Also blocks:** " : ""}${stepLine(step)} (${labelOf(severityLabels, step.severity).toLowerCase()}). Fix: ${step.remediation[0] ?? "see the rule"}`);
    }
    lines.push("");
  }

  const answered = diagnosis.questions.filter((question) => question.answer !== null);
  const open = diagnosis.questions.filter((question) => question.answer === null);
  if (open.length > 0) {
    lines.push("#### Questions still open", "");
    for (const question of open) lines.push(`- ${audienceLabels[question.audience]}: ${question.text} (settles ${question.settles.join(", ")})`);
    lines.push("");
  }
  if (answered.length > 0) {
    lines.push("#### Answers assumed", "");
    for (const question of answered) {
      const label = question.options.find((option) => option.value === question.answer)?.label ?? question.answer;
      lines.push(`- ${question.text} **${label}**`);
    }
    lines.push("");
  }

  lines.push("#### Phase by phase", "");
  diagnosis.phases.forEach((phase, index) => {
    const label = labelOf(phaseLabels, phase.phase);
    if (phase.steps.length === 0) {
      lines.push(`**${index + 1}. ${label}:** nothing here bears on this symptom.`, "");
      return;
    }
    lines.push(`**${index + 1}. ${label}**${phase.afterRootCause ? " (not reached while the root cause stands)" : ""}`, "");
    lines.push("| Result | Check | Evidence |", "|---|---|---|");
    for (const step of phase.steps) {
      const result = `${stepStatusLabels[step.status]}${isRootCause(diagnosis, step) ? " (root cause)" : step.blocking ? " (blocks)" : ""}`;
      const evidence = step.status === "unknown" && step.missing ? `Missing: ${step.missing}` : evidenceLine(step);
      lines.push(`| ${cell(result)} | ${cell(stepLine(step))} | ${cell(evidence || "–")} |`);
    }
    lines.push("");
  });
  return lines.join("\n").trimEnd() + "\n";
}
