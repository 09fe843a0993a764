import { evaluateTenant, getRule, type RuleResult, type TenantIndex } from "../rules";
import type { DiagnosisAnswers, DiagnosisClientChoice, SymptomId } from "../validations/diagnosis";
import type { TenantSnapshot } from "../validations/snapshot";
import { applyAnswers, selectQuestions } from "./questions";
import { isOnTheSpotClientId, onTheSpotClient } from "./slice";
import { getSymptom, relevanceOf, type Relevance, type SymptomDefinition } from "./symptoms";
import type { Diagnosis, DiagnosisPhaseView, DiagnosisStep, DiagnosisSubject } from "./types";
import { diagnosisPhases, phaseRank, walkOrder, walkPosition, type DiagnosisPhase } from "./walk-order";

export interface DiagnoseRequest {
  userId: string;
  symptom: SymptomId;
  /** A recorded client must already be the slice's client; an on-the-spot one replaces it. */
  client: DiagnosisClientChoice | null;
  answers: DiagnosisAnswers;
  /** The evaluation's clock. */
  now: Date;
}

const relevanceRank: Record<Relevance, number> = { cause: 0, context: 1, other: 2 };

/**
 * The help-desk diagnosis, pure: a slice of the tenant (sliceSnapshot / loadDiagnosisSlice) in, the
 * phase-by-phase answer out. The rule engine decides every step; this function only chooses which
 * verdicts bear on the symptom, orders them by phase and walk, names the first blocking one, and asks
 * for the facts behind the unknowns. Answers are fact overrides on a copy of the slice, so a "what if"
 * is the same engine run on slightly different facts.
 */
export function diagnose(slice: TenantSnapshot, request: DiagnoseRequest): Diagnosis {
  const symptom = getSymptom(request.symptom);
  const facts: TenantSnapshot = structuredClone(slice);
  if (request.client?.kind === "onTheSpot") facts.clients = [onTheSpotClient(request.userId, request.client.app)];
  else if (!request.client) facts.clients = [];
  const { applied, skipped } = applyAnswers(facts, request.answers);

  const { results, index } = evaluateTenant(facts, { now: request.now, ruleIds: walkOrder });
  const steps = results
    .filter((result) => concernsSlice(result, facts) && !isUnrelatedPosture(result, symptom))
    .map((result) => toStep(result, symptom))
    .sort(compareSteps);

  const rootCause = steps.find((step) => step.blocking) ?? null;
  const walked = steps.filter((step) => step.relevance !== "other" || step.status === "fail");
  const furtherProblems = steps.filter((step) => step.status === "fail" && step !== rootCause);
  const subject = describeSubject(index, request.userId, facts);

  return {
    symptom: symptom.id,
    subject,
    verdict: rootCause ? "blocked" : subject.cloudPc ? "clear" : "noCloudPc",
    rootCause,
    furtherProblems,
    phases: diagnosisPhases.map((phase) => phaseView(phase, walked, rootCause)),
    questions: selectQuestions(facts, walked, request.answers, applied),
    answers: request.answers,
    skippedAnswers: skipped,
    counts: {
      pass: walked.filter((step) => step.status === "pass").length,
      fail: walked.filter((step) => step.status === "fail").length,
      unknown: walked.filter((step) => step.status === "unknown").length,
      blocking: steps.filter((step) => step.blocking).length,
    },
  };
}

/**
 * Keeps the verdicts about this user, Cloud PC and client, their policy, and the tenant-wide ones.
 * The slice already holds nothing else; this guards against a rule that reports on a neighbour.
 */
function concernsSlice(result: RuleResult, slice: TenantSnapshot): boolean {
  const related = result.related;
  if (!related) return true;
  const matches = (id: string | undefined, allowed: string | undefined) => id === undefined || id === allowed;
  return (
    matches(related.userId, slice.users[0]?.id) &&
    matches(related.cloudPcId, slice.cloudPCs[0]?.id) &&
    matches(related.clientId, slice.clients[0]?.id) &&
    matches(related.provisioningPolicyId, slice.provisioningPolicies[0]?.id)
  );
}

/**
 * Tenant-wide posture verdicts (MFA coverage, sign-in frequency...) concern no one in particular: they
 * are the findings pages' business, and a diagnosis shows them only when the symptom makes them relevant.
 */
const isUnrelatedPosture = (result: RuleResult, symptom: SymptomDefinition) => !result.related && relevanceOf(symptom, result.ruleId) === "other";

function toStep(result: RuleResult, symptom: SymptomDefinition): DiagnosisStep {
  const rule = getRule(result.ruleId);
  const relevance = relevanceOf(symptom, result.ruleId);
  return {
    ruleId: result.ruleId,
    title: rule.title,
    severity: rule.severity,
    stalls: rule.stalls,
    phase: rule.phase as DiagnosisPhase,
    status: result.status,
    relevance,
    blocking: result.status === "fail" && relevance === "cause",
    entityType: result.entityType,
    entityId: result.entityId,
    entityName: result.entityName,
    evidence: result.evidence,
    ...(result.missing ? { missing: result.missing } : {}),
    remediation: result.status === "fail" ? [...rule.remediation] : [],
  };
}

/** Phase, then how much the step bears on the symptom, then the walk, then the entity's name. */
function compareSteps(a: DiagnosisStep, b: DiagnosisStep): number {
  return (
    phaseRank(a.phase) - phaseRank(b.phase) ||
    relevanceRank[a.relevance] - relevanceRank[b.relevance] ||
    walkPosition(a.ruleId) - walkPosition(b.ruleId) ||
    a.entityName.localeCompare(b.entityName)
  );
}

function phaseView(phase: DiagnosisPhase, steps: readonly DiagnosisStep[], rootCause: DiagnosisStep | null): DiagnosisPhaseView {
  const inPhase = steps.filter((step) => step.phase === phase);
  const causes = inPhase.filter((step) => step.relevance === "cause");
  const status = inPhase.some((step) => step.blocking)
    ? "fail"
    : causes.some((step) => step.status === "unknown")
      ? "unknown"
      : causes.length > 0
        ? "pass"
        : "none";
  return { phase, status, afterRootCause: rootCause !== null && phaseRank(rootCause.phase) < phaseRank(phase), steps: inPhase };
}

function describeSubject(index: TenantIndex, userId: string, slice: TenantSnapshot): DiagnosisSubject {
  const user = index.usersById.get(userId);
  if (!user) throw new Error(`The diagnosis slice does not hold user ${userId}`);
  const cloudPcId = slice.cloudPCs[0]?.id;
  const cloudPc = cloudPcId ? index.cloudPcsById.get(cloudPcId) : undefined;
  const client = slice.clients[0];
  return {
    user: {
      id: user.user.id,
      displayName: user.user.displayName ?? null,
      userPrincipalName: user.user.userPrincipalName,
      mail: user.user.mail ?? null,
      identityType: user.identity.identityType,
      identityOverridden: user.identity.overridden,
      identityEvidence: user.identity.evidence,
    },
    cloudPc: cloudPc
      ? {
          id: cloudPc.cloudPc.id,
          displayName: cloudPc.cloudPc.displayName,
          joinType: cloudPc.joinType,
          policyName: cloudPc.policy?.policy.displayName ?? cloudPc.cloudPc.provisioningPolicyName ?? null,
          status: cloudPc.cloudPc.status ?? null,
          ssoApplied: cloudPc.sso.value,
        }
      : null,
    client: client
      ? { id: client.id, app: client.app, deviceName: client.deviceName ?? null, localOs: client.localOs ?? null, onTheSpot: isOnTheSpotClientId(client.id) }
      : null,
  };
}
