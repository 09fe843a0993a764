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
 */
export async function getStalledUsers(tenantId: string): Promise<StalledUsers> {
  // Prisma.sql picks the placeholder style of the database in use.
  const filter = Prisma.sql`"tenantId" = ${tenantId} AND "status" = 'open' AND "verdict" = 'fail' AND "stalls" = true AND "relatedUserId" IS NOT NULL`;
  const [totals, byRule] = await Promise.all([
    db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(DISTINCT "relatedUserId") AS n FROM "Finding" WHERE ${filter}`,
    db.$queryRaw<{ ruleId: string; n: number | bigint }[]>`SELECT "ruleId", COUNT(DISTINCT "relatedUserId") AS n FROM "Finding" WHERE ${filter} GROUP BY "ruleId" ORDER BY n DESC, "ruleId"`,
  ]);
  return { total: Number(totals[0]?.n ?? 0), byRule: byRule.map((r) => ({ ruleId: r.ruleId, users: Number(r.n) })) };
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
