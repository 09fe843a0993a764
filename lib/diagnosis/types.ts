import type { EvidenceItem, RuleId, Verdict } from "../rules";
import type { ClientApp, EntityType, IdentityType, Severity } from "../validations/enums";
import type { DiagnosisAnswers, SymptomId } from "../validations/diagnosis";
import type { QuestionAudience, QuestionOption, QuestionScope } from "./question-types";
import type { Relevance } from "./symptoms";
import type { DiagnosisPhase } from "./walk-order";

/**
 * The diagnosis as JSON: what the page shows, what the history stores and what the ticket exports
 * render. Everything a rule said is carried over from its RuleResult; the rest is the walk around it.
 */

/** One rule's verdict on one entity of the slice, placed in the walk. */
export interface DiagnosisStep {
  ruleId: RuleId;
  title: string;
  severity: Severity;
  stalls: boolean;
  phase: DiagnosisPhase;
  status: Verdict;
  relevance: Relevance;
  /** It fails and it produces the reported symptom. */
  blocking: boolean;
  entityType: EntityType;
  entityId: string;
  entityName: string;
  evidence: EvidenceItem[];
  missing?: string;
  /** The rule's remediation, in order; shown for fails. */
  remediation: string[];
}

export interface DiagnosisPhaseView {
  phase: DiagnosisPhase;
  /** fail: a blocking step fails; unknown: a cause is unknown; pass: every cause passes; none: nothing here bears on the symptom. */
  status: "fail" | "unknown" | "pass" | "none";
  /** The root cause lies in an earlier phase: the user does not get this far today. */
  afterRootCause: boolean;
  steps: DiagnosisStep[];
}

export interface DiagnosisQuestion {
  id: string;
  text: string;
  audience: QuestionAudience;
  scope: QuestionScope;
  /** Empty for a fact only an admin can record in the tenant data. */
  options: QuestionOption[];
  answer: string | null;
  /** The rules whose unknown it settles. */
  settles: RuleId[];
}

export interface DiagnosisSubject {
  user: {
    id: string;
    displayName: string | null;
    userPrincipalName: string;
    mail: string | null;
    identityType: IdentityType;
    identityOverridden: boolean;
    identityEvidence: EvidenceItem[];
  };
  cloudPc: { id: string; displayName: string; joinType: string | null; policyName: string | null; status: string | null; ssoApplied: boolean | null } | null;
  client: { id: string; app: ClientApp; deviceName: string | null; localOs: string | null; onTheSpot: boolean } | null;
}

export type DiagnosisVerdictKind = "blocked" | "clear" | "noCloudPc";

export interface Diagnosis {
  symptom: SymptomId;
  subject: DiagnosisSubject;
  verdict: DiagnosisVerdictKind;
  rootCause: DiagnosisStep | null;
  /** Other failing steps, in walk order; blocking ones are marked. */
  furtherProblems: DiagnosisStep[];
  phases: DiagnosisPhaseView[];
  questions: DiagnosisQuestion[];
  answers: DiagnosisAnswers;
  /** Answers about something this diagnosis does not hold (a client answer with no client), left out. */
  skippedAnswers: string[];
  counts: { pass: number; fail: number; unknown: number; blocking: number };
}

/** A diagnosis with who ran it, when, and how fresh the tenant data was: what the history keeps and the ticket shows. */
export interface DiagnosisReport {
  recordId: string;
  ranAt: string;
  ranBy: { name: string; email: string };
  tenant: { id: string; displayName: string; dataUpdatedAt: string };
  diagnosis: Diagnosis;
}
