import { evaluateTenant, getRule, ruleIds } from "../../lib/rules";
import { TenantSnapshot } from "../../lib/validations/snapshot";
import type { IdentityType } from "../../lib/validations/enums";
import { demoNow } from "../factories";
import type { DemoTenant } from ".";
import { entitiesOf } from "./entities";

/**
 * Renders docs/demo-tenant.md from the demo tenants and their expectation lists, so the document
 * cannot drift from the data (demo.test.ts compares the two).
 */

const identityLabels: Record<IdentityType, string> = {
  hybrid: "Hybrid (synced from AD DS)",
  cloudOnly: "Cloud-only",
  federated: "Federated (third-party IdP)",
  external: "External (B2B guests)",
};

const cell = (text: string) => text.replace(/\|/g, "\\|");

function tenantSection(tenant: DemoTenant, intro: string): string {
  const { snapshot, cast, expectations } = tenant;
  const entities = entitiesOf(snapshot);
  const lines: string[] = [];
  const count = (n: number, what: string) => `${n} ${n === 1 ? what.replace(/ies$/, "y").replace(/s$/, "") : what}`;
  lines.push(`## ${snapshot.tenant.displayName}`, "");
  lines.push(intro, "");
  lines.push(
    `Cloud \`${snapshot.tenant.cloud}\`, edition \`${snapshot.tenant.edition}\`, tenant id \`${snapshot.tenant.tenantId}\`: ` +
      [
        count(snapshot.users.length, "users"),
        count(snapshot.cloudPCs.length, "Cloud PCs"),
        count(snapshot.provisioningPolicies.length, "provisioning policies"),
        count(snapshot.onPremisesConnections.length, "network connections"),
        count(snapshot.conditionalAccessPolicies.length, "Conditional Access policies"),
        count(snapshot.clients.length, "clients"),
        count(snapshot.agentSessions.length, "agent sessions"),
      ].join(", ") +
      ".",
    "",
  );

  lines.push(`### People of ${snapshot.tenant.displayName}`, "");
  for (const type of Object.keys(identityLabels) as IdentityType[]) {
    const people = cast.filter((person) => person.identityType === type);
    if (people.length === 0) continue;
    lines.push(`**${identityLabels[type]}**: ${people.length}`, "");
    const withScenario = people.filter((person) => person.scenario);
    for (const person of withScenario) lines.push(`- ${person.displayName}: ${person.scenario}`);
    const others = people.filter((person) => !person.scenario).map((person) => person.displayName);
    if (others.length > 0) lines.push(`- No scenario of their own: ${others.join(", ")}`);
    lines.push("");
  }

  if (tenant.sessionScenarios.length > 0) {
    lines.push(`### Agent sessions of ${snapshot.tenant.displayName}`, "");
    const sessions = entities.get("agentSession");
    for (const { sessionId, scenario } of tenant.sessionScenarios) lines.push(`- ${sessions?.get(sessionId) ?? sessionId}: ${scenario}`);
    lines.push("");
  }

  lines.push(`### Rules and the entities that should and should not trigger them in ${snapshot.tenant.displayName}`, "");
  lines.push("| rule | severity | reported on | should trigger (fail) | should not trigger (pass) |", "|---|---|---|---|---|");
  for (const id of ruleIds) {
    const rule = getRule(id);
    const expectation = expectations.find((e) => e.ruleId === id);
    const names = entities.get(rule.entityType);
    const list = (ids: string[]) => (ids.length === 0 ? "—" : ids.map((entityId) => `${cell(names?.get(entityId) ?? "?")} \`${entityId}\``).join("<br>"));
    lines.push(`| **${id}** ${cell(rule.title)} | ${rule.severity} | ${rule.entityType} | ${list(expectation?.fails ?? [])} | ${list(expectation?.passes ?? [])} |`);
  }
  lines.push("");

  // The engine says which facts are missing; listing its unknowns keeps this part honest too.
  const { results } = evaluateTenant(TenantSnapshot.parse(snapshot), { now: demoNow });
  const unknowns = results.filter((result) => result.status === "unknown");
  lines.push(`### Left unknown on purpose in ${snapshot.tenant.displayName}`, "");
  for (const result of unknowns) lines.push(`- **${result.ruleId}** on ${entities.get(result.entityType)?.get(result.entityId) ?? result.entityName}`);
  lines.push("");
  return lines.join("\n");
}

/** Rules no single tenant both fails and passes: where each side is shown. */
function splitRules(tenants: { name: string; tenant: DemoTenant }[]): string[] {
  const lines: string[] = [];
  const where = (id: string, side: "fails" | "passes") =>
    tenants.filter(({ tenant }) => (tenant.expectations.find((e) => e.ruleId === id)?.[side].length ?? 0) > 0).map(({ name }) => name);
  for (const id of ruleIds) {
    const both = tenants.some(({ tenant }) => {
      const expectation = tenant.expectations.find((e) => e.ruleId === id);
      return (expectation?.fails.length ?? 0) > 0 && (expectation?.passes.length ?? 0) > 0;
    });
    if (!both) lines.push(`- **${id}** ${getRule(id).title}: fails in ${where(id, "fails").join(", ")}, passes in ${where(id, "passes").join(", ")}`);
  }
  return lines;
}

export function renderDemoDoc(contoso: DemoTenant, fabrikam: DemoTenant): string {
  const tenants = [
    { name: "Contoso", tenant: contoso },
    { name: "Fabrikam", tenant: fabrikam },
  ];
  return [
    "# The demo tenants",
    "",
    "<!-- Generated by `npx tsx scripts/write-demo-doc.ts` from prisma/demo/*.ts: edit those, then run it again. -->",
    "",
    "Two tenants built by `prisma/demo` from the factories in `prisma/factories`, as tenant snapshots",
    "(`lib/validations/snapshot.ts`). Every one of the 42 rules fails for at least one entity and passes for",
    "another across the two; `prisma/demo/demo.test.ts` runs the rule engine on both and checks every entity",
    `listed below, with the evaluation clock at ${demoNow.toISOString()} (\`demoNow\`).`,
    "",
    "Some facts are tenant-wide, so one tenant cannot both fail and pass their rules: Entra authentication for",
    "RDP on the two SSO service principals (SSO-002), the Conditional Access policies (AUTH-001, AUTH-003), the",
    "edition (EXT-008), the authentication methods policy (AUTH-004, INS-001) and RDP smart card redirection",
    "(INS-004). Contoso passes these and Fabrikam fails them, except FIDO2, which Contoso has not enabled yet.",
    "Every other rule both fails and passes within Contoso. The rules split across the two tenants:",
    "",
    ...splitRules(tenants),
    "",
    "A few facts are left unrecorded on purpose, so some rules say `unknown` somewhere; each tenant's section",
    "lists them after its table (the tables list only fails and passes).",
    "",
    tenantSection(
      contoso,
      "The main demo: a commercial Enterprise tenant with about 60 people of all four identity types, Cloud PCs on both join types and on Windows 10 22H2 and Windows 11 23H2, 24H2 and 25H2 at several patch levels, six user provisioning policies (hybrid and Entra joined, SSO on and off), a healthy Seattle network connection and a broken Berlin one, and two Windows 365 for Agents pools.",
    ),
    tenantSection(
      fabrikam,
      "A small Windows 365 Government tenant (Azure Government) that fails the tenant-wide rules: guests in a Government tenant, MFA only in report-only (the enforced policy covers Windows 365 but not the Azure Virtual Desktop gateway), no sign-in frequency on the Cloud PC apps, Entra authentication for RDP off on Windows Cloud Login, no certificate-based authentication for its smart card user, smart card redirection blocked. Windows 365 for Agents is not offered in Government clouds, so it has no agent sessions.",
    ),
  ].join("\n");
}
