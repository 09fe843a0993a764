import type { TenantSnapshot } from "../../lib/validations/snapshot";
import { makeConfigurationAssignment, makeSnapshot } from "../factories";
import { buildCast, type CastEntry } from "./cast";
import { fabrikam, fabrikamInfrastructure, fabrikamPeople } from "./fabrikam-setup";
import { demoIds, type RuleExpectation } from "./ids";

function build(): { snapshot: TenantSnapshot; cast: CastEntry[] } {
  const { groups, domains, policies, onPremisesConnections, ...signIn } = fabrikamInfrastructure();
  const people = buildCast(fabrikam, fabrikamPeople, { policies, networkConnections: onPremisesConnections, groups });
  const configurationAssignments = [
    makeConfigurationAssignment(fabrikam, { key: "gpo-stig", displayName: "DISA STIG - Windows 11 (GPO)", managementType: "groupPolicy", target: "device", provisioningPolicyId: policies.hybrid.id }),
    makeConfigurationAssignment(fabrikam, { key: "intune-stig", displayName: "DISA STIG - Windows 11 (Intune)", managementType: "intune", target: "device", provisioningPolicyId: policies.cloud.id }),
  ];
  const snapshot = makeSnapshot(fabrikam, {
    ...signIn,
    domains,
    groups: Object.values(groups),
    users: people.users,
    cloudPCs: people.cloudPCs,
    provisioningPolicies: Object.values(policies),
    onPremisesConnections,
    configurationAssignments,
    clients: people.clients,
  });
  return { snapshot, cast: people.cast };
}

/** A fresh Fabrikam snapshot on every call. */
export function buildFabrikamSnapshot(): TenantSnapshot {
  return build().snapshot;
}

export function fabrikamCast(): CastEntry[] {
  return build().cast;
}

const id = demoIds(fabrikam);

/**
 * What the rule engine must say about Fabrikam: the tenant-wide rules Contoso passes fail here
 * (EXT-008, AUTH-001, AUTH-003, AUTH-004, SSO-002, INS-004), and INS-001, which fails in Contoso,
 * passes. JOIN-002 and SSO-004 are unknown for its hybrid policy (health checks never ran).
 */
export const fabrikamExpectations: RuleExpectation[] = [
  { ruleId: "JOIN-001", fails: [], passes: [id.policy("gov-hybrid-sso")] },
  { ruleId: "JOIN-003", fails: [], passes: [id.cloudPc("ray.chen"), id.cloudPc("luis.moreno")] },
  { ruleId: "JOIN-005", fails: [], passes: [id.client("ray.chen")] },
  { ruleId: "EXT-001", fails: [], passes: [id.cloudPc("hannah.scott"), id.cloudPc("victor.hughes")] },
  { ruleId: "EXT-008", fails: [id.user("hannah.scott"), id.user("victor.hughes")], passes: [] },
  { ruleId: "EXT-009", fails: [id.user("victor.hughes")], passes: [id.user("hannah.scott")] },
  { ruleId: "FED-001", fails: [], passes: [id.user("paula.grant")] },
  { ruleId: "FED-002", fails: [], passes: [id.cloudPc("paula.grant")] },
  { ruleId: "SSO-001", fails: [id.policy("gov-field-entra")], passes: [id.policy("gov-hybrid-sso"), id.policy("gov-entra-sso")] },
  { ruleId: "SSO-002", fails: [id.policy("gov-hybrid-sso"), id.policy("gov-entra-sso")], passes: [] },
  { ruleId: "SSO-003", fails: [], passes: [id.servicePrincipal("microsoftRemoteDesktop"), id.servicePrincipal("windowsCloudLogin")] },
  { ruleId: "AUTH-001", fails: [id.tenant], passes: [] },
  { ruleId: "AUTH-002", fails: [id.conditionalAccessPolicy("gov-mfa-report-only")], passes: [] },
  { ruleId: "AUTH-003", fails: [id.tenant], passes: [] },
  { ruleId: "AUTH-004", fails: [id.user("luis.moreno")], passes: [] },
  { ruleId: "AUTH-005", fails: [], passes: [id.user("nina.volkova"), id.user("sam.patel")] },
  { ruleId: "INS-001", fails: [], passes: [id.user("nina.volkova")] },
  { ruleId: "INS-002", fails: [], passes: [id.client("nina.volkova")] },
  { ruleId: "INS-003", fails: [], passes: [id.cloudPc("luis.moreno")] },
  { ruleId: "INS-004", fails: [id.cloudPc("luis.moreno")], passes: [] },
  { ruleId: "INS-005", fails: [], passes: [id.client("luis.moreno")] },
];
