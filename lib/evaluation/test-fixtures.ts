import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { EvidenceItem, RuleId, RuleResult, Verdict } from "@/lib/rules/types";
import type { EntityType } from "@/lib/validations/enums";
import type { EvaluationActor } from "./run-evaluation";

/** Fixtures shared by the evaluation tests and the scratch benchmarks; not used by the app. */

export const testActor: EvaluationActor = { id: "acc-admin", name: "Ada Admin", email: "ada@example.test", role: "admin" };

export async function createTenant(displayName = `Tenant ${crypto.randomUUID().slice(0, 8)}`): Promise<string> {
  const tenant = await db.tenant.create({ data: { displayName }, select: { id: true } });
  return tenant.id;
}

/** An EvaluationRun row for persistRun to hang its RunChange rows on. */
export async function createRun(tenantId: string): Promise<string> {
  const run = await db.evaluationRun.create({ data: { tenantId, status: "running" }, select: { id: true } });
  return run.id;
}

export function result(
  ruleId: RuleId,
  entityType: EntityType,
  entityId: string,
  status: Verdict,
  evidence: EvidenceItem[] = [{ label: "fact", value: entityId }],
): RuleResult {
  return {
    ruleId, status, entityType, entityId, entityName: `${entityType} ${entityId}`, evidence,
    ...(status === "unknown" ? { missing: "a fact" } : {}),
  };
}

/**
 * A large tenant's results in the engine's shape: per Cloud PC and per user, a handful of rules with
 * `failShare` of the entities failing. `seed` shifts which entities fail, so a second call with
 * another seed resolves some findings and opens others.
 */
export function syntheticResults(cloudPcs: number, users: number, { failShare = 0.2, seed = 0 } = {}): RuleResult[] {
  const out: RuleResult[] = [];
  const verdict = (i: number, salt: number): Verdict => {
    const x = (i * 2654435761 + salt * 40503 + seed * 97) % 1000;
    return x < failShare * 1000 ? "fail" : x < failShare * 1000 + 20 ? "unknown" : "pass";
  };
  const pcRules: RuleId[] = ["JOIN-003", "EXT-004", "SSO-006", "INS-003"];
  const userRules: RuleId[] = ["EXT-007", "FED-001", "AUTH-005"];
  for (let i = 0; i < cloudPcs; i++) {
    pcRules.forEach((ruleId, k) => {
      const status = verdict(i, k);
      out.push({
        ruleId, status, entityType: "cloudPc", entityId: `pc-${i}`, entityName: `CPC-${i}`,
        evidence: [{ label: "Join type", value: "hybridAzureADJoin" }, { label: "Assigned user", value: `user${i}@contoso.test`, ref: { entityType: "user", entityId: `u-${i}` } }],
        related: { userId: `u-${i}`, cloudPcId: `pc-${i}` },
        ...(status === "unknown" ? { missing: "the Cloud PC's OS build" } : {}),
      });
    });
  }
  for (let i = 0; i < users; i++) {
    userRules.forEach((ruleId, k) => {
      const status = verdict(i, k + 10);
      out.push({
        ruleId, status, entityType: "user", entityId: `u-${i}`, entityName: `user${i}@contoso.test`,
        evidence: [{ label: "Identity type", value: "external" }],
        related: { userId: `u-${i}` },
        ...(status === "unknown" ? { missing: "the user's home cloud" } : {}),
      });
    });
  }
  return out;
}
