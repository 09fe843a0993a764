import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateTenant, getRule, ruleIds } from "../../lib/rules";
import { TenantSnapshot } from "../../lib/validations/snapshot";
import { buildSyntheticTenant, demoNow } from "../factories";
import { buildContosoSnapshot, buildFabrikamSnapshot, contosoExpectations, demoTenants } from ".";
import { renderDemoDoc } from "./demo-doc";
import { entitiesOf } from "./entities";

const tenantName = (snapshot: TenantSnapshot) => snapshot.tenant.displayName;

/** Rules whose facts are tenant-wide: one tenant cannot both fail and pass them (docs/demo-tenant.md). */
const tenantWideInContoso = new Set(["AUTH-001", "AUTH-003", "AUTH-004", "SSO-002", "EXT-008", "INS-001", "INS-004"]);

describe.each(demoTenants.map((tenant) => [tenantName(tenant.snapshot), tenant] as const))("demo tenant %s", (_name, tenant) => {
  it("is a valid tenant snapshot", () => {
    expect(() => TenantSnapshot.parse(tenant.snapshot)).not.toThrow();
  });

  it("names only entities that exist, under the type each rule reports on", () => {
    const entities = entitiesOf(tenant.snapshot);
    const strays: string[] = [];
    for (const { ruleId, fails, passes } of tenant.expectations) {
      const entityType = getRule(ruleId)?.entityType;
      expect(entityType, `${ruleId} is not in the catalog`).toBeDefined();
      for (const id of [...fails, ...passes]) if (!entities.get(entityType!)?.has(id)) strays.push(`${ruleId} ${entityType} ${id}`);
    }
    expect(strays).toEqual([]);
  });

  it("gets the verdicts it expects from the rule engine", () => {
    const { results } = evaluateTenant(TenantSnapshot.parse(tenant.snapshot), { now: demoNow });
    const status = new Map(results.map((result) => [`${result.ruleId} ${result.entityId}`, result.status]));
    const wrong: string[] = [];
    for (const { ruleId, fails, passes } of tenant.expectations) {
      for (const id of fails) if (status.get(`${ruleId} ${id}`) !== "fail") wrong.push(`${ruleId} ${id}: expected fail, got ${status.get(`${ruleId} ${id}`) ?? "no result"}`);
      for (const id of passes) if (status.get(`${ruleId} ${id}`) !== "pass") wrong.push(`${ruleId} ${id}: expected pass, got ${status.get(`${ruleId} ${id}`) ?? "no result"}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("the demo tenants together", () => {
  it("are rebuilt identically (no clock, no randomness) and as fresh objects", () => {
    for (const build of [buildContosoSnapshot, buildFabrikamSnapshot]) {
      const first = build();
      const second = build();
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      expect(second.users[0]).not.toBe(first.users[0]);
    }
  });

  it("make every rule fail for one entity and pass for another", () => {
    const covered = (side: "fails" | "passes") =>
      new Set(demoTenants.flatMap((tenant) => tenant.expectations.filter((expectation) => expectation[side].length > 0).map((expectation) => expectation.ruleId)));
    const fails = covered("fails");
    const passes = covered("passes");
    expect(ruleIds.filter((id) => !fails.has(id))).toEqual([]);
    expect(ruleIds.filter((id) => !passes.has(id))).toEqual([]);
  });

  it("are described by an up-to-date docs/demo-tenant.md (regenerate: npx tsx scripts/write-demo-doc.ts)", () => {
    const written = readFileSync(path.join(__dirname, "..", "..", "docs", "demo-tenant.md"), "utf8");
    expect(written).toBe(renderDemoDoc(demoTenants[0], demoTenants[1]));
  });

  it("make every rule both fail and pass within Contoso, tenant-wide rules aside", () => {
    const both = new Set(contosoExpectations.filter((e) => e.fails.length > 0 && e.passes.length > 0).map((e) => e.ruleId));
    expect(ruleIds.filter((id) => !both.has(id) && !tenantWideInContoso.has(id))).toEqual([]);
  });
});

describe("buildSyntheticTenant", () => {
  const snapshot = buildSyntheticTenant({ cloudPcs: 1000 });

  it("builds a valid tenant of the size asked for", () => {
    const parsed = TenantSnapshot.parse(snapshot);
    expect(parsed.cloudPCs).toHaveLength(1000);
    expect(parsed.users).toHaveLength(1000);
    expect(new Set(parsed.cloudPCs.map((cloudPc) => cloudPc.id)).size).toBe(1000);
  });

  it("makes every rule fail somewhere", () => {
    const { results } = evaluateTenant(TenantSnapshot.parse(snapshot), { now: demoNow });
    const failing = new Set(results.filter((result) => result.status === "fail").map((result) => result.ruleId));
    expect(ruleIds.filter((id) => !failing.has(id))).toEqual([]);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    expect(JSON.stringify(buildSyntheticTenant({ cloudPcs: 50 }))).toBe(JSON.stringify(buildSyntheticTenant({ cloudPcs: 50 })));
    expect(buildSyntheticTenant({ cloudPcs: 50, seed: "other" }).users[0].id).not.toBe(buildSyntheticTenant({ cloudPcs: 50 }).users[0].id);
  });
});
