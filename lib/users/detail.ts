import "server-only";
import { db } from "@/lib/db";
import { listEntityFindings } from "@/lib/inventory/entity-findings";
import { identitySupport } from "@/lib/matrix/join-capabilities";
import { classifyIdentity } from "@/lib/rules/identity";
import { domainFromRow, domainSelect, domainsByName, userFromRow, userSelect } from "@/lib/tenant-data/mapping/directory";
import { distinct } from "@/lib/inventory/query-helpers";
import { userFacts } from "./facts";
import { userFormValues } from "./form-values";

/** The tenant's domains keyed as the identity classifier reads them. */
async function tenantDomains(tenantId: string) {
  const rows = await db.domain.findMany({ where: { tenantId }, select: domainSelect });
  return domainsByName(rows.map(domainFromRow));
}

/** A page lists at most this many Cloud PCs or clients of one user; the lists link to the rest. */
const relationLimit = 50;

/**
 * A user with every fact, the identity type with the evidence that decided it (the same classifier the
 * rules and the snapshot save use), the Cloud PCs with their policies and network connections, the
 * clients, the groups and the findings about the user.
 */
export async function getUserDetail(rowId: string) {
  const row = await db.directoryUser.findUnique({ where: { id: rowId }, select: { ...userSelect, id: true, tenantId: true, version: true } });
  if (!row) return null;
  const { id, tenantId, version, ...columns } = row;
  const user = userFromRow(columns);
  const [domains, cloudPcs, clients, groups, findings] = await Promise.all([
    tenantDomains(tenantId),
    db.cloudPc.findMany({
      where: { tenantId, upnLower: row.upnLower },
      select: { id: true, graphId: true, displayName: true, joinType: true, status: true, provisioningPolicyGraphId: true },
      orderBy: { displayName: "asc" },
      take: relationLimit,
    }),
    db.client.findMany({
      where: { tenantId, userGraphId: row.graphId },
      select: { id: true, externalId: true, deviceName: true, app: true },
      orderBy: [{ app: "asc" }, { externalId: "asc" }],
      take: relationLimit,
    }),
    user.memberOf?.length ? db.directoryGroup.findMany({ where: { tenantId, graphId: { in: user.memberOf } }, select: { graphId: true, displayName: true } }) : [],
    listEntityFindings(tenantId, { entityType: "user", entityId: row.graphId }, { relatedUserId: row.graphId }),
  ]);
  const policies = await db.provisioningPolicy.findMany({
    where: { tenantId, graphId: { in: distinct(cloudPcs.map((c) => c.provisioningPolicyGraphId)) } },
    select: { id: true, graphId: true, displayName: true, joinType: true, onPremisesConnectionGraphId: true },
    orderBy: { displayName: "asc" },
  });
  const networkConnections = await db.networkConnection.findMany({
    where: { tenantId, graphId: { in: distinct(policies.map((p) => p.onPremisesConnectionGraphId)) } },
    select: { id: true, graphId: true, displayName: true },
    orderBy: { displayName: "asc" },
  });
  const identity = classifyIdentity(user, domains);
  const groupNames = new Map(groups.map((g) => [g.graphId, g.displayName]));
  return {
    id,
    tenantId,
    version,
    user,
    identity,
    /** Which join types the identity type can sign in to (the capability matrix's reference data). */
    joinSupport: identitySupport[identity.identityType],
    facts: userFacts(user, row.identityType),
    cloudPcs,
    policies,
    networkConnections,
    clients,
    groups: (user.memberOf ?? []).map((groupId) => ({ id: groupId, name: groupNames.get(groupId) ?? null })),
    findings,
    relationLimit,
  };
}
export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;

/** What the edit form opens with: the user's values and the version they were read at. */
export async function getUserEditor(rowId: string) {
  const row = await db.directoryUser.findUnique({ where: { id: rowId }, select: { ...userSelect, id: true, version: true } });
  if (!row) return null;
  const { id, version, ...columns } = row;
  const user = userFromRow(columns);
  return { id, version, name: user.displayName ?? user.userPrincipalName, derivedIdentityType: columns.identityType, values: userFormValues(user) };
}
