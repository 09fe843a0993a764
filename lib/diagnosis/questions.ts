import { DomainError } from "../errors";
import type { RuleId } from "../rules";
import type { DiagnosisAnswers } from "../validations/diagnosis";
import type { TenantSnapshot } from "../validations/snapshot";
import { clientQuestions } from "./questions-client";
import { cloudPcQuestions } from "./questions-cloud-pc";
import { tenantQuestions } from "./questions-tenant";
import type { QuestionDefinition } from "./question-types";
import type { DiagnosisQuestion, DiagnosisStep } from "./types";

export type { QuestionAudience, QuestionDefinition, QuestionOption, QuestionScope } from "./question-types";

/** Every question the diagnosis can ask, in the order answers are applied and shown. */
export const questionCatalog: readonly QuestionDefinition[] = [...clientQuestions, ...cloudPcQuestions, ...tenantQuestions];

const byId = new Map(questionCatalog.map((question) => [question.id, question]));

export const getQuestion = (id: string) => byId.get(id);

/** The questions that can settle a rule's `unknown`. */
export const questionsForRule = (ruleId: RuleId) => questionCatalog.filter((question) => question.rules.includes(ruleId));

/** Refuses answers to questions Sightline does not ask, or with a value the question does not offer. */
export function validateAnswers(answers: DiagnosisAnswers): void {
  const fieldErrors: Record<string, string[]> = {};
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id);
    if (!question) fieldErrors[`answers.${id}`] = ["There is no such question."];
    else if (!question.options.some((option) => option.value === value)) fieldErrors[`answers.${id}`] = [`“${value}” is not one of the answers offered.`];
  }
  if (Object.keys(fieldErrors).length > 0) throw new DomainError("invalid", "Some answers do not match the questions asked.", fieldErrors);
}

/**
 * Writes the answers into `slice` (the caller's copy) as fact overrides. An answer about something the
 * slice does not hold (a client answer with no client chosen) is skipped: its ids come back so the
 * caller can say so. Answers are applied in catalog order, so the result does not depend on key order.
 */
export function applyAnswers(slice: TenantSnapshot, answers: DiagnosisAnswers): { applied: string[]; skipped: string[] } {
  validateAnswers(answers);
  const applied: string[] = [];
  const skipped: string[] = [];
  for (const question of questionCatalog) {
    const value = answers[question.id];
    if (value === undefined) continue;
    if (question.ask(slice) === null) {
      skipped.push(question.id);
      continue;
    }
    question.apply(slice, value);
    applied.push(question.id);
  }
  return { applied, skipped };
}

/**
 * The questions a diagnosis shows: every answered one (so the agent can change or clear it), then one
 * per missing fact behind an `unknown` step. An unknown no catalog question can settle still gets a
 * question: the missing fact as the rule phrased it, for an admin to record.
 */
export function selectQuestions(slice: TenantSnapshot, steps: readonly DiagnosisStep[], answers: DiagnosisAnswers, applied: readonly string[]): DiagnosisQuestion[] {
  const shown = new Map<string, DiagnosisQuestion>();
  const toQuestion = (question: QuestionDefinition, answer: string | null, settles: RuleId[]): DiagnosisQuestion | null => {
    const text = question.ask(slice);
    if (text === null) return null;
    return { id: question.id, text, audience: question.audience, scope: question.scope, options: [...question.options], answer, settles };
  };

  for (const question of questionCatalog) {
    if (!applied.includes(question.id)) continue;
    const entry = toQuestion(question, answers[question.id] ?? null, [...question.rules]);
    if (entry) shown.set(question.id, entry);
  }

  for (const step of steps) {
    if (step.status !== "unknown") continue;
    const open = questionsForRule(step.ruleId).filter((question) => question.open(slice));
    for (const question of open) {
      const existing = shown.get(question.id);
      if (existing) {
        if (!existing.settles.includes(step.ruleId)) existing.settles.push(step.ruleId);
        continue;
      }
      const entry = toQuestion(question, null, [step.ruleId]);
      if (entry) shown.set(question.id, entry);
    }
    if (open.length === 0 && !shown.has(recordId(step))) {
      shown.set(recordId(step), {
        id: recordId(step),
        text: `Record in the tenant data: ${step.missing ?? "the fact this check needs"}.`,
        audience: "admin",
        scope: "tenant",
        options: [],
        answer: null,
        settles: [step.ruleId],
      });
    }
  }
  return [...shown.values()];
}

const recordId = (step: DiagnosisStep) => `record:${step.ruleId}:${step.entityId}`;
