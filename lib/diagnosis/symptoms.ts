import type { RuleId } from "../rules";
import { symptomIds, type SymptomId } from "../validations/diagnosis";

export interface SymptomDefinition {
  id: SymptomId;
  /** As a ticket says it. */
  label: string;
  /** What it usually means, shown under the choice. */
  hint: string;
  /** Rules whose failure produces this symptom: a failing one blocks, and the first in the walk is the root cause. */
  causes: readonly RuleId[];
  /** Rules shown beside the causes because they explain the picture, though they do not produce the symptom. */
  context: readonly RuleId[];
}

/**
 * Everything that can stop a person before they are inside the Cloud PC: the rules that stall sign-in,
 * plus those that make it impossible without a prompt to stall at (a guest in a Government tenant, a
 * cross-cloud guest, a Cloud PC that cannot reach a domain controller, an unsupported OS or update for a
 * guest, a sign-in method the tenant does not enable, SSO not applied yet).
 */
const signInBlockers: readonly RuleId[] = [
  "AUTH-006",
  "EXT-005",
  "EXT-006",
  "FED-001",
  "EXT-008",
  "EXT-009",
  "AUTH-004",
  "AUTH-005",
  "JOIN-002",
  "EXT-001",
  "JOIN-003",
  "EXT-002",
  "EXT-003",
  "SSO-002",
  "SSO-006",
  "EXT-004",
  "FED-002",
  "SSO-004",
  "JOIN-005",
  "SSO-001",
];

export const symptoms: readonly SymptomDefinition[] = [
  {
    id: "credentialPrompt",
    label: "Stuck at the credential prompt",
    hint: "The sign-in starts but never gets past a prompt for credentials.",
    causes: signInBlockers,
    context: ["SSO-005", "SSO-003", "EXT-010"],
  },
  {
    id: "passwordEveryConnection",
    label: "Prompted for the password on every connection",
    hint: "The user gets in, but Windows asks for the password each time: single sign-on is not in effect.",
    causes: ["SSO-002", "SSO-006", "EXT-004", "FED-002", "SSO-004", "JOIN-005", "SSO-001"],
    context: ["SSO-005", "SSO-003"],
  },
  {
    id: "consentPrompt",
    label: "An “allow remote desktop connection” consent prompt",
    hint: "With single sign-on, Entra asks to allow the connection for each new Cloud PC unless a target device group hides it.",
    causes: ["SSO-003"],
    context: ["SSO-002", "SSO-006", "SSO-001"],
  },
  {
    id: "guestCannotSignIn",
    label: "A guest (external) user cannot sign in",
    hint: "External identities need a supported client, an Entra-joined Windows 11 24H2 Cloud PC with SSO, and a commercial tenant.",
    causes: ["AUTH-006", "EXT-005", "EXT-006", "EXT-008", "EXT-009", "AUTH-005", "EXT-001", "JOIN-003", "EXT-002", "EXT-003", "SSO-002", "SSO-006", "EXT-004"],
    context: ["EXT-010", "EXT-011", "EXT-007", "EXT-012"],
  },
  {
    id: "webAuthnInSession",
    label: "Security key or Windows Hello not working inside the session",
    hint: "WebAuthn requests inside the Cloud PC are redirected to the local PC only from supported clients and operating systems.",
    causes: ["INS-001", "INS-002"],
    context: ["AUTH-005"],
  },
  {
    id: "smartCardInSession",
    label: "Smart card not working inside the session",
    hint: "A smart card reaches the session only with drivers on the Cloud PC, redirection allowed, and a client that redirects it.",
    causes: ["INS-003", "INS-004", "INS-005"],
    context: ["AUTH-004"],
  },
  {
    id: "cannotConnect",
    label: "Cannot connect at all",
    hint: "Nothing works: every step before the session is checked.",
    causes: [...signInBlockers, "JOIN-001"],
    context: ["SSO-005", "EXT-010", "EXT-011"],
  },
];

const byId = new Map(symptoms.map((symptom) => [symptom.id, symptom]));

export function getSymptom(id: SymptomId): SymptomDefinition {
  const symptom = byId.get(id);
  if (!symptom) throw new Error(`Unknown symptom ${id}`);
  return symptom;
}

export type Relevance = "cause" | "context" | "other";

/** How a rule bears on a symptom: it produces it, it explains it, or it is another finding for the same person. */
export function relevanceOf(symptom: SymptomDefinition, ruleId: RuleId): Relevance {
  if (symptom.causes.includes(ruleId)) return "cause";
  if (symptom.context.includes(ruleId)) return "context";
  return "other";
}

// Keeps the list of symptoms and their definitions in step: a new id without a definition fails at load.
for (const id of symptomIds) getSymptom(id);
