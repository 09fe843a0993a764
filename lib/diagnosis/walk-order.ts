import { getRule, type RuleId } from "../rules";
import type { Phase } from "../validations/enums";

/** The phases a person's sign-in goes through, in order (DOMAIN.md, "The three authentication phases"). */
export const diagnosisPhases = ["cloudService", "remoteSession", "inSession"] as const satisfies readonly Phase[];
export type DiagnosisPhase = (typeof diagnosisPhases)[number];

/**
 * The order a help-desk agent checks the sign-in steps in: the order they happen in a real connection.
 * Each rule sits in its own catalog phase; within a phase the client comes first (it must reach the
 * service), then the Entra sign-in, then the Cloud PC, then the prompt the user finally sees. When two
 * rules say the same thing, the one specific to the identity type comes before the general one, so the
 * root cause names the precise fix (EXT-001 before JOIN-003, EXT-004 and FED-002 before SSO-001).
 * Agent session rules are not part of a person's sign-in and are left out.
 */
export const walkOrder: readonly RuleId[] = [
  // Cloud service authentication: the client reaches the service, then Entra ID signs the user in.
  "AUTH-006",
  "EXT-005",
  "EXT-006",
  "FED-001",
  "EXT-008",
  "EXT-009",
  "AUTH-004",
  "AUTH-005",
  "JOIN-001",
  "EXT-010",
  "AUTH-002",
  "AUTH-001",
  "AUTH-003",
  // Remote session authentication: the Cloud PC itself.
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
  "SSO-003",
  "SSO-005",
  // In-session authentication: apps and sites inside the Cloud PC.
  "INS-001",
  "INS-002",
  "INS-003",
  "INS-004",
  "INS-005",
  "EXT-011",
  "JOIN-004",
  "EXT-007",
  "EXT-012",
];

const position = new Map<string, number>(walkOrder.map((id, index) => [id, index]));

/** A rule's place in the walk; rules outside it (agent sessions) sort last. */
export const walkPosition = (ruleId: string) => position.get(ruleId) ?? Number.MAX_SAFE_INTEGER;

export const phaseRank = (phase: string) => {
  const index = (diagnosisPhases as readonly string[]).indexOf(phase);
  return index === -1 ? diagnosisPhases.length : index;
};

/** The phase a rule is walked in: the catalog's, so the diagnosis never disagrees with the findings pages. */
export const phaseOfRule = (ruleId: RuleId) => getRule(ruleId).phase;
