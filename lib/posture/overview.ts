import "server-only";
import { db, Prisma } from "@/lib/db";

export interface ScorePoint {
  at: string;
  score: number;
}

/** Posture score of the last finished runs, oldest first, for the trend chart. */
export async function getScoreTrend(tenantId: string, take = 30): Promise<ScorePoint[]> {
  const runs = await db.evaluationRun.findMany({
    where: { tenantId, status: "succeeded", score: { not: null } },
    orderBy: { startedAt: "desc" },
    take,
    select: { startedAt: true, score: true },
  });
  return runs.reverse().map((r) => ({ at: r.startedAt.toISOString(), score: Math.round((r.score ?? 0) * 10) / 10 }));
}

export interface StalledUsers {
  /** People with at least one open finding that leaves them stuck at a prompt. */
  total: number;
  byRule: { ruleId: string; users: number }[];
}

/**
 * How many people would be stuck at sign-in, and by which stalling rule. Counted in SQL (distinct
 * users), so the figure costs one query whatever the tenant's size. Quoted identifiers keep the SQL
 * valid on SQLite and PostgreSQL alike.
 *
 * Both queries read only the index on (tenantId, status, verdict, ruleId, stalls, relatedUserId). For
 * the total, SQLite otherwise prefers the (tenantId, relatedUserId) index, which hands it the users
 * already distinct but makes it read every finding row for the other columns: 150-300 ms at 100k Cloud
 * PCs instead of ~20 ms. Counting `"relatedUserId" || ''` (the same values; NULL stays NULL and
 * COUNT(DISTINCT) skips it) takes that index out of the running; overview-plans.test.ts checks the plans.
 */
export async function getStalledUsers(tenantId: string): Promise<StalledUsers> {
  const sql = stalledUsersSql(tenantId);
  const [totals, byRule] = await Promise.all([
    db.$queryRaw<{ n: number | bigint }[]>(sql.total),
    db.$queryRaw<{ ruleId: string; n: number | bigint }[]>(sql.byRule),
  ]);
  return { total: Number(totals[0]?.n ?? 0), byRule: byRule.map((r) => ({ ruleId: r.ruleId, users: Number(r.n) })) };
}

/** The two queries of getStalledUsers, exported for the query-plan test. */
export function stalledUsersSql(tenantId: string) {
  // Prisma.sql picks the placeholder style of the database in use.
  const filter = Prisma.sql`"tenantId" = ${tenantId} AND "status" = 'open' AND "verdict" = 'fail' AND "stalls" = true`;
  return {
    total: Prisma.sql`SELECT COUNT(DISTINCT "relatedUserId" || '') AS n FROM "Finding" WHERE ${filter}`,
    byRule: Prisma.sql`SELECT "ruleId", COUNT(DISTINCT "relatedUserId") AS n FROM "Finding" WHERE ${filter} AND "relatedUserId" IS NOT NULL GROUP BY "ruleId" ORDER BY n DESC, "ruleId"`,
  };
}

/** The rules with the most open failing findings. */
export async function getTopFailingRules(tenantId: string, take = 5): Promise<{ ruleId: string; count: number }[]> {
  const rows = await db.finding.groupBy({
    by: ["ruleId"],
    where: { tenantId, status: "open", verdict: "fail" },
    _count: { _all: true },
    orderBy: { _count: { ruleId: "desc" } },
    take,
  });
  return rows.map((r) => ({ ruleId: r.ruleId, count: r._count._all }));
}
