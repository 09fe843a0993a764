import "server-only";
import { db } from "@/lib/db";
import { listEntityFindings } from "@/lib/inventory/entity-findings";
import { conditionalAccessPolicyFromRow, conditionalAccessPolicySelect } from "@/lib/tenant-data/mapping/policies";
import { conditionalAccessFacts } from "./facts";

// Graph's special values in the user lists, which name no directory object.
const specialUsers = new Set(["all", "none", "guestsorexternalusers"]);

/** A Conditional Access policy with its facts, the users and groups it names, and its findings. */
export async function getConditionalAccessDetail(rowId: string) {
  const row = await db.conditionalAccessPolicy.findUnique({ where: { id: rowId }, select: { ...conditionalAccessPolicySelect, id: true, tenantId: true } });
  if (!row) return null;
  const { id, tenantId, ...columns } = row;
  const policy = conditionalAccessPolicyFromRow(columns);
  const users = policy.conditions?.users;
  const named = (list: string[] | null | undefined) => (list ?? []).filter((value) => !specialUsers.has(value.toLowerCase()));
  const userIds = [...named(users?.includeUsers), ...named(users?.excludeUsers)];
  const groupIds = [...(users?.includeGroups ?? []), ...(users?.excludeGroups ?? [])];
  const [userRows, groupRows, findings] = await Promise.all([
    userIds.length ? db.directoryUser.findMany({ where: { tenantId, graphId: { in: userIds } }, select: { id: true, graphId: true, userPrincipalName: true } }) : [],
    groupIds.length ? db.directoryGroup.findMany({ where: { tenantId, graphId: { in: groupIds } }, select: { graphId: true, displayName: true } }) : [],
    listEntityFindings(tenantId, { entityType: "conditionalAccessPolicy", entityId: policy.id }),
  ]);
  const userById = new Map(userRows.map((u) => [u.graphId, u]));
  const groupById = new Map(groupRows.map((g) => [g.graphId, g.displayName]));
  const people = (list: string[] | null | undefined) =>
    (list ?? []).map((value) => {
      const user = userById.get(value);
      return { key: value, label: user?.userPrincipalName ?? value, rowId: user?.id ?? null, special: specialUsers.has(value.toLowerCase()) };
    });
  const groups = (list: string[] | null | undefined) => (list ?? []).map((value) => ({ key: value, label: groupById.get(value) ?? value, known: groupById.has(value) }));
  return {
    id,
    tenantId,
    policy,
    facts: conditionalAccessFacts(policy),
    includeUsers: people(users?.includeUsers),
    excludeUsers: people(users?.excludeUsers),
    includeGroups: groups(users?.includeGroups),
    excludeGroups: groups(users?.excludeGroups),
    findings,
  };
}
