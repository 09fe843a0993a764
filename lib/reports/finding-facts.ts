import "server-only";
import { db } from "@/lib/db";
import { unresolvedStatuses } from "@/lib/inventory/open-findings";

/** What a report row shows of its unresolved findings: the rules that fail, those that are unknown, and whether one stalls sign-in. */
export interface FindingFacts {
  failingRules: Set<string>;
  unknownRules: Set<string>;
  stalls: boolean;
}

const empty = (): FindingFacts => ({ failingRules: new Set(), unknownRules: new Set(), stalls: false });

function add(map: Map<string, FindingFacts>, key: string, f: { ruleId: string; verdict: string; stalls: boolean }) {
  const facts = map.get(key) ?? empty();
  (f.verdict === "fail" ? facts.failingRules : facts.unknownRules).add(f.ruleId);
  facts.stalls ||= f.verdict === "fail" && f.stalls;
  map.set(key, facts);
}

/** Unresolved findings of one batch of Cloud PCs (by Graph id), in one query. */
export async function cloudPcFindingFacts(tenantId: string, ids: string[]): Promise<Map<string, FindingFacts>> {
  const map = new Map<string, FindingFacts>();
  if (ids.length === 0) return map;
  const rows = await db.finding.findMany({
    where: { tenantId, entityType: "cloudPc", entityId: { in: ids }, status: { in: unresolvedStatuses } },
    select: { entityId: true, ruleId: true, verdict: true, stalls: true },
  });
  for (const row of rows) add(map, row.entityId, row);
  return map;
}

/**
 * Unresolved findings of one batch of users (by Graph id): those on the user and those about the
 * user's Cloud PCs and clients, as the users table counts them (lib/inventory/open-findings.ts).
 */
export async function userFindingFacts(tenantId: string, ids: string[]): Promise<Map<string, FindingFacts>> {
  const map = new Map<string, FindingFacts>();
  if (ids.length === 0) return map;
  const wanted = new Set(ids);
  const rows = await db.finding.findMany({
    where: { tenantId, status: { in: unresolvedStatuses }, OR: [{ entityType: "user", entityId: { in: ids } }, { relatedUserId: { in: ids } }] },
    select: { entityType: true, entityId: true, relatedUserId: true, ruleId: true, verdict: true, stalls: true },
  });
  for (const row of rows) {
    const key = row.entityType === "user" && wanted.has(row.entityId) ? row.entityId : row.relatedUserId;
    if (key && wanted.has(key)) add(map, key, row);
  }
  return map;
}

export const noFindingFacts = empty;
