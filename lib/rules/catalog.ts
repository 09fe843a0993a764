import { agentRules } from "./agents";
import { authRules } from "./auth";
import { externalRules } from "./external";
import { federatedRules } from "./federated";
import { inSessionRules } from "./in-session";
import { joinRules } from "./join";
import { ssoRules } from "./sso";
import { ruleIds, type RuleDefinition, type RuleId } from "./types";

const byId = new Map<string, RuleDefinition>(
  [...joinRules, ...externalRules, ...federatedRules, ...ssoRules, ...authRules, ...inSessionRules, ...agentRules].map((rule) => [rule.id, rule]),
);

/** All rules in the catalog's order (DOMAIN.md), which is also the order of `ruleIds`. */
export const ruleCatalog: RuleDefinition[] = ruleIds.map((id) => {
  const rule = byId.get(id);
  if (!rule) throw new Error(`Rule ${id} is listed in ruleIds but has no definition`);
  return rule;
});

export function getRule(id: RuleId): RuleDefinition;
export function getRule(id: string): RuleDefinition | undefined;
export function getRule(id: string): RuleDefinition | undefined {
  return byId.get(id);
}
