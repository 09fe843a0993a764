import "server-only";
import { db, Prisma } from "@/lib/db";
import { credentialSupport, platformOfApp, type ClientPlatform } from "./credential-support";

export interface JoinMatrixCounts {
  cloudPcs: Record<string, number>;
  users: Record<string, number>;
  /** Open failing findings per rule. */
  failingByRule: Record<string, number>;
}

/** Counts behind the join-type matrix: one aggregate query each. */
export async function getJoinMatrixCounts(tenantId: string): Promise<JoinMatrixCounts> {
  const [pcs, users, failing] = await Promise.all([
    db.cloudPc.groupBy({ by: ["joinType"], where: { tenantId }, _count: { _all: true } }),
    db.$queryRaw<{ joinType: string | null; n: number | bigint }[]>`
      SELECT c."joinType" AS "joinType", COUNT(DISTINCT u."id") AS n
      FROM "CloudPc" c JOIN "DirectoryUser" u ON u."tenantId" = c."tenantId" AND u."upnLower" = c."upnLower"
      WHERE c."tenantId" = ${tenantId} GROUP BY c."joinType"`,
    db.finding.groupBy({ by: ["ruleId"], where: { tenantId, status: "open", verdict: "fail" }, _count: { _all: true } }),
  ]);
  return {
    cloudPcs: Object.fromEntries(pcs.map((r) => [r.joinType ?? "unknown", r._count._all])),
    users: Object.fromEntries(users.map((r) => [r.joinType ?? "unknown", Number(r.n)])),
    failingByRule: Object.fromEntries(failing.map((r) => [r.ruleId, r._count._all])),
  };
}

export interface IdentityJoinCell {
  users: number;
  /** People in this cell with an open failing finding, per rule. */
  brokenByRule: Record<string, number>;
}

/** Users by identity type and the join type of their Cloud PCs, and who in each cell is affected by which rule. */
export async function getIdentityJoinCounts(tenantId: string): Promise<Record<string, Record<string, IdentityJoinCell>>> {
  const [cells, broken] = await Promise.all([
    db.$queryRaw<{ identityType: string; joinType: string | null; n: number | bigint }[]>`
      SELECT u."identityType" AS "identityType", c."joinType" AS "joinType", COUNT(DISTINCT u."id") AS n
      FROM "DirectoryUser" u JOIN "CloudPc" c ON c."tenantId" = u."tenantId" AND c."upnLower" = u."upnLower"
      WHERE u."tenantId" = ${tenantId} GROUP BY u."identityType", c."joinType"`,
    db.$queryRaw<{ identityType: string; joinType: string | null; ruleId: string; n: number | bigint }[]>`
      SELECT u."identityType" AS "identityType", c."joinType" AS "joinType", f."ruleId" AS "ruleId", COUNT(DISTINCT u."id") AS n
      FROM "Finding" f
      JOIN "DirectoryUser" u ON u."tenantId" = f."tenantId" AND u."graphId" = f."relatedUserId"
      JOIN "CloudPc" c ON c."tenantId" = f."tenantId" AND c."graphId" = f."relatedCloudPcId"
      WHERE f."tenantId" = ${tenantId} AND f."status" = 'open' AND f."verdict" = 'fail'
      GROUP BY u."identityType", c."joinType", f."ruleId"`,
  ]);
  const out: Record<string, Record<string, IdentityJoinCell>> = {};
  const cell = (identity: string, join: string | null) => ((out[identity] ??= {})[join ?? "unknown"] ??= { users: 0, brokenByRule: {} });
  for (const r of cells) cell(r.identityType, r.joinType).users = Number(r.n);
  for (const r of broken) cell(r.identityType, r.joinType).brokenByRule[r.ruleId] = Number(r.n);
  return out;
}

export interface CredentialCell {
  users: number;
  /** Of those, people with an open failing finding of one of the row's breaking rules. */
  affected: number;
}

export type CredentialCounts = Record<string, Record<string, Record<ClientPlatform, CredentialCell>>>;

const breakingRules = [...new Set(credentialSupport.flatMap((p) => p.rows.flatMap((r) => r.breakingRules)))];

/**
 * People per credential, phase and client platform: who uses the credential (sign-in methods for the
 * service and, where their Cloud PC has no SSO, the remote session; in-session methods inside) and
 * connects from that platform. Read in four queries and counted in memory.
 */
export async function getCredentialCounts(tenantId: string): Promise<CredentialCounts> {
  const [users, clients, noSsoPcs, findings] = await Promise.all([
    db.directoryUser.findMany({
      where: { tenantId, OR: [{ signInMethodsJson: { not: null } }, { inSessionMethodsJson: { not: null } }] },
      select: { graphId: true, upnLower: true, signInMethodsJson: true, inSessionMethodsJson: true },
    }),
    db.client.findMany({ where: { tenantId }, select: { userGraphId: true, app: true } }),
    db.cloudPc.findMany({ where: { tenantId, ssoApplied: false, upnLower: { not: null } }, select: { upnLower: true } }),
    db.finding.findMany({
      where: { tenantId, status: "open", verdict: "fail", ruleId: { in: breakingRules }, relatedUserId: { not: null } },
      select: { ruleId: true, relatedUserId: true },
    }),
  ]);
  const platformsByUser = new Map<string, Set<ClientPlatform>>();
  for (const c of clients) {
    const p = platformOfApp[c.app];
    if (p) (platformsByUser.get(c.userGraphId) ?? platformsByUser.set(c.userGraphId, new Set()).get(c.userGraphId)!).add(p);
  }
  const noSso = new Set(noSsoPcs.map((p) => p.upnLower));
  const affectedBy = new Map<string, Set<string>>();
  for (const f of findings) (affectedBy.get(f.ruleId) ?? affectedBy.set(f.ruleId, new Set()).get(f.ruleId)!).add(f.relatedUserId!);

  const out: CredentialCounts = {};
  for (const phase of credentialSupport) {
    for (const row of phase.rows) {
      const cells = ((out[phase.phase] ??= {})[row.credential] = {} as Record<ClientPlatform, CredentialCell>);
      for (const platform of Object.keys(phase.rows[0].support) as ClientPlatform[]) cells[platform] = { users: 0, affected: 0 };
      for (const u of users) {
        if (!usesCredential(u, phase.phase, row.credential, noSso)) continue;
        const affected = row.breakingRules.some((r) => affectedBy.get(r)?.has(u.graphId));
        for (const platform of platformsByUser.get(u.graphId) ?? []) {
          cells[platform].users++;
          if (affected) cells[platform].affected++;
        }
      }
    }
  }
  return out;
}

function usesCredential(
  u: { upnLower: string; signInMethodsJson: string | null; inSessionMethodsJson: string | null },
  phase: string,
  credential: string,
  noSso: Set<string | null>,
): boolean {
  if (phase === "inSession") {
    const methods = u.inSessionMethodsJson ? (JSON.parse(u.inSessionMethodsJson) as string[]) : [];
    if (credential === "smartCard") return methods.includes("smartCard");
    if (credential === "fido2" || credential === "windowsHelloForBusiness") return methods.includes("webAuthn");
    return false;
  }
  const methods = u.signInMethodsJson ? (JSON.parse(u.signInMethodsJson) as string[]) : [];
  if (!methods.includes(credential)) return false;
  return phase === "cloudService" || noSso.has(u.upnLower);
}

export { Prisma };
