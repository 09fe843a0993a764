/** The rule engine's public API: the CLI, server actions, the help-desk diagnosis and the matrix import from here. */
export { ruleCatalog, getRule } from "./catalog";
export { evidenceText, hasFailureAtOrAbove, severityRank, toFindings, type Finding } from "./findings";
export { evaluateEachRule, evaluateIndex, evaluateTenant, type EvaluateOptions } from "./engine";
export { buildTenantIndex } from "./tenant-index";
export type { AgentSessionEntry, ClientEntry, CloudPcEntry, PolicyEntry, TenantIndex, UserEntry } from "./tenant-index";
export { classifyIdentity, upnDomain, type DomainAuthentication, type IdentityClassification } from "./identity";
export {
  caAppliesToUser,
  coversCloudPcApps,
  isEntraJoin,
  isHybridJoin,
  monthAtLeast,
  osReleaseAtLeast,
  parseOsRelease,
  policyJoinType,
  requiresMfa,
  ssoApplied,
  type SsoApplied,
} from "./facts";
export { ruleIds, type EvidenceItem, type RuleContext, type RuleDefinition, type RuleId, type RuleResult, type Verdict } from "./types";
