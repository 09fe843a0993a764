import type { EntityType, Phase, Severity } from "../validations/enums";
import type { TenantIndex } from "./tenant-index";

/** One fact that decided a verdict, shown beside the finding. `ref` links to the entity it came from. */
export interface EvidenceItem {
  label: string;
  value: string | number | boolean | null;
  ref?: { entityType: EntityType | "agentSessionEvent"; entityId: string };
}

export type Verdict = "fail" | "pass" | "unknown";

/** The verdict of one rule on one entity. */
export interface RuleResult {
  ruleId: RuleId;
  status: Verdict;
  entityType: EntityType;
  entityId: string;
  entityName: string;
  evidence: EvidenceItem[];
  /** For `unknown`: the fact that is missing, phrased so an admin knows what to record. */
  missing?: string;
  /** The people and things the verdict concerns, for the help-desk view and stall counts. */
  related?: { userId?: string; cloudPcId?: string; clientId?: string; provisioningPolicyId?: string };
}

export interface RuleContext {
  index: TenantIndex;
  /** The evaluation's clock; rules never read the system time. */
  now: Date;
}

export interface RuleDefinition {
  id: RuleId;
  title: string;
  severity: Severity;
  /** Leaves a user stuck at a prompt: the help desk ranks these first. */
  stalls: boolean;
  phase: Phase;
  entityType: EntityType;
  rationale: string;
  remediation: string[];
  source: string;
  evaluate(ctx: RuleContext): RuleResult[];
}

export const ruleIds = [
  "JOIN-001", "JOIN-002", "JOIN-003", "JOIN-004", "JOIN-005",
  "EXT-001", "EXT-002", "EXT-003", "EXT-004", "EXT-005", "EXT-006",
  "EXT-007", "EXT-008", "EXT-009", "EXT-010", "EXT-011", "EXT-012",
  "FED-001", "FED-002",
  "SSO-001", "SSO-002", "SSO-003", "SSO-004", "SSO-005", "SSO-006",
  "AUTH-001", "AUTH-002", "AUTH-003", "AUTH-004", "AUTH-005", "AUTH-006",
  "INS-001", "INS-002", "INS-003", "INS-004", "INS-005",
  "AGT-001", "AGT-002", "AGT-003", "AGT-004", "AGT-005", "AGT-006",
] as const;
export type RuleId = (typeof ruleIds)[number];
