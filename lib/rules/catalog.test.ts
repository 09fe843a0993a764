import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderRuleCatalogMarkdown } from "./catalog-markdown";
import { getRule, ruleCatalog } from "./catalog";
import { ruleIds } from "./types";

// DOMAIN.md's rule catalog, written out by hand: the test fails when the code drifts from it.
const expected: Record<string, { severity: string; stalls: boolean; source: string }> = {
  "JOIN-001": { severity: "high", stalls: false, source: "seed 003 join table" },
  "JOIN-002": { severity: "critical", stalls: false, source: "seed 003 join table" },
  "JOIN-003": { severity: "critical", stalls: true, source: "seed 003 join table" },
  "JOIN-004": { severity: "medium", stalls: false, source: "seed 003 join table" },
  "JOIN-005": { severity: "high", stalls: true, source: "seed 003 join table" },
  "EXT-001": { severity: "critical", stalls: true, source: "seed 003 external identity" },
  "EXT-002": { severity: "high", stalls: false, source: "seed 003" },
  "EXT-003": { severity: "high", stalls: false, source: "seed 003" },
  "EXT-004": { severity: "critical", stalls: true, source: "seed 003 (SSO section too)" },
  "EXT-005": { severity: "high", stalls: true, source: "seed 003" },
  "EXT-006": { severity: "high", stalls: true, source: "seed 003" },
  "EXT-007": { severity: "medium", stalls: false, source: "seed 003" },
  "EXT-008": { severity: "critical", stalls: false, source: "seed 003" },
  "EXT-009": { severity: "critical", stalls: false, source: "seed 003" },
  "EXT-010": { severity: "medium", stalls: false, source: "seed 003" },
  "EXT-011": { severity: "high", stalls: false, source: "seed 003" },
  "EXT-012": { severity: "low", stalls: false, source: "seed 003" },
  "FED-001": { severity: "critical", stalls: true, source: "seed 003 third-party IdPs" },
  "FED-002": { severity: "high", stalls: true, source: "seed 003 SSO" },
  "SSO-001": { severity: "medium", stalls: true, source: "seed 003 SSO" },
  "SSO-002": { severity: "critical", stalls: true, source: "Microsoft SSO docs" },
  "SSO-003": { severity: "low", stalls: false, source: "Microsoft SSO docs" },
  "SSO-004": { severity: "high", stalls: true, source: "Microsoft SSO docs" },
  "SSO-005": { severity: "medium", stalls: false, source: "seed 003 SSO" },
  "SSO-006": { severity: "low", stalls: false, source: "Graph cloudPC" },
  "AUTH-001": { severity: "high", stalls: false, source: "seed 003 MFA" },
  "AUTH-002": { severity: "medium", stalls: false, source: "seed 003 MFA" },
  "AUTH-003": { severity: "low", stalls: false, source: "seed 003 MFA" },
  "AUTH-004": { severity: "high", stalls: true, source: "seed 003 smart card" },
  "AUTH-005": { severity: "medium", stalls: false, source: "seed 003 passwordless" },
  "AUTH-006": { severity: "high", stalls: true, source: "seed 003 (Important note)" },
  "INS-001": { severity: "medium", stalls: false, source: "seed 003 in-session passwordless" },
  "INS-002": { severity: "medium", stalls: false, source: "seed 003" },
  "INS-003": { severity: "high", stalls: false, source: "seed 003 in-session smart card" },
  "INS-004": { severity: "high", stalls: false, source: "seed 003" },
  "INS-005": { severity: "high", stalls: false, source: "seed 003" },
  "AGT-001": { severity: "critical", stalls: false, source: "seed 000 isolation and reset" },
  "AGT-002": { severity: "critical", stalls: false, source: "seed 000 token security" },
  "AGT-003": { severity: "critical", stalls: false, source: "seed 000 session lifecycle" },
  "AGT-004": { severity: "high", stalls: false, source: "seed 000 continuous verification" },
  "AGT-005": { severity: "critical", stalls: false, source: "seed 000 isolation and reset" },
  "AGT-006": { severity: "medium", stalls: false, source: "seed 000 token security" },
};

describe("the rule catalog", () => {
  it("holds exactly the 42 ids of ruleIds, in the catalog's order", () => {
    expect(ruleCatalog.map((rule) => rule.id)).toEqual([...ruleIds]);
    expect(ruleCatalog).toHaveLength(42);
    expect(Object.keys(expected)).toEqual([...ruleIds]);
  });

  it("gives every rule the severity, stall flag and source of DOMAIN.md", () => {
    expect(Object.fromEntries(ruleCatalog.map((rule) => [rule.id, { severity: rule.severity, stalls: rule.stalls, source: rule.source }]))).toEqual(expected);
  });

  it("gives every rule a title, a rationale and ordered remediation steps", () => {
    for (const rule of ruleCatalog) {
      expect(rule.title.length, rule.id).toBeGreaterThan(10);
      expect(rule.rationale.length, rule.id).toBeGreaterThan(60);
      expect(rule.remediation.length, rule.id).toBeGreaterThan(0);
    }
  });

  it("puts the agent rules in the agentSession phase and no other rule there", () => {
    for (const rule of ruleCatalog) expect(rule.phase === "agentSession", rule.id).toBe(rule.id.startsWith("AGT-"));
  });

  it("finds a rule by id", () => {
    expect(getRule("SSO-002").title).toMatch(/Windows Cloud Login/);
    expect(getRule("NOPE-001")).toBeUndefined();
  });
});

describe("docs/rules.md", () => {
  it("equals the table rendered from the catalog (run scripts/write-rules-doc.ts after changing a rule)", () => {
    const committed = readFileSync(path.resolve(__dirname, "../../docs/rules.md"), "utf8");
    expect(committed).toBe(renderRuleCatalogMarkdown());
  });
});
