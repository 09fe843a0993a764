import { classifyIdentity } from "@/lib/rules/identity";
import { domainFromRow, domainSelect, domainsByName, domainToRow, groupSelect, groupToRow, userFromRow, userSelect, userToRow } from "./mapping/directory";
import type { SaveContext } from "./save-context";
import { columnsOf, syncRows, tenantTableWriter, type EntityCounts } from "./sync-table";

/** Saves domains, groups and users; users get their identity type from the tenant's domains. */
export async function saveDirectory({ tx, sql, tenantId, snapshot, merge }: SaveContext): Promise<Record<"domains" | "groups" | "users", EntityCounts>> {
  const storedDomains = await tx.domain.findMany({ where: { tenantId }, select: { ...domainSelect, id: true } });
  const domains = await syncRows({
    stored: storedDomains,
    incoming: snapshot.domains.map(domainToRow),
    keyOf: (row) => row.name,
    removeMissing: !merge,
    writer: tenantTableWriter(sql, "Domain", tenantId),
  });

  const storedGroups = await tx.directoryGroup.findMany({ where: { tenantId }, select: { ...groupSelect, id: true } });
  const groups = await syncRows({
    stored: storedGroups,
    incoming: snapshot.groups.map(groupToRow),
    keyOf: (row) => row.graphId,
    removeMissing: !merge,
    writer: tenantTableWriter(sql, "DirectoryGroup", tenantId),
  });

  // In merge mode the domains kept from earlier saves still decide how their users sign in.
  const tenantDomains = domainsByName([...(merge ? storedDomains.map(domainFromRow) : []), ...snapshot.domains]);
  const incomingUsers = snapshot.users.map((user) => userToRow(user, tenantDomains));
  const storedUsers = await tx.directoryUser.findMany({ where: { tenantId }, select: { ...userSelect, id: true } });
  if (merge) {
    // Users the snapshot does not list are kept, but their identity type is derived again: a domain
    // in this snapshot may have changed its authentication type.
    const listed = new Set(snapshot.users.map((user) => user.id));
    for (const stored of storedUsers) {
      if (listed.has(stored.graphId)) continue;
      const identityType = classifyIdentity(userFromRow(stored), tenantDomains).identityType;
      incomingUsers.push({ ...columnsOf(stored), identityType });
    }
  }
  const users = await syncRows({
    stored: storedUsers,
    incoming: incomingUsers,
    keyOf: (row) => row.graphId,
    removeMissing: !merge,
    writer: tenantTableWriter(sql, "DirectoryUser", tenantId),
  });

  return { domains: domains.counts, groups: groups.counts, users: users.counts };
}
