import "server-only";
import { db, type Prisma, textContains } from "@/lib/db";
import { exportPages } from "@/lib/inventory/export";
import { ensurePlannerStats } from "@/lib/inventory/planner-stats";
import { noOpenFindings, openFindingsOf, type OpenFindings } from "@/lib/inventory/open-findings";
import { distinct, flagWhere, orderByOf, pageWindow, type ListResult } from "@/lib/inventory/query-helpers";
import type { ClientListParams } from "@/lib/validations/inventory";

export interface ClientListItem {
  /** The row id, which addresses the detail page. */
  id: string;
  /** The snapshot id, which findings and evidence name. */
  externalId: string;
  deviceName: string | null;
  app: string;
  localOs: string | null;
  managed: boolean | null;
  shared: boolean | null;
  b2bRegistryKeySet: boolean | null;
  canReachRequiredUrls: boolean | null;
  lineOfSightToDomainController: boolean | null;
  credentialsSaved: boolean | null;
  /** The user's row id and UPN when the user is in the directory; the raw user id otherwise. */
  user: { id: string | null; label: string };
  openFindings: OpenFindings;
}

const listSelect = {
  id: true, externalId: true, userGraphId: true, app: true, deviceName: true, localOs: true, managed: true, shared: true,
  b2bRegistryKeySet: true, canReachRequiredUrls: true, lineOfSightToDomainController: true, credentialsSaved: true,
} satisfies Prisma.ClientSelect;
type ListRow = Prisma.ClientGetPayload<{ select: typeof listSelect }>;

export function clientWhere(tenantId: string, params: ClientListParams): Prisma.ClientWhereInput {
  const q = params.q;
  return {
    tenantId,
    ...(params.app ? { app: params.app } : {}),
    ...(params.user ? { userGraphId: params.user } : {}),
    ...(params.managed ? { managed: flagWhere(params.managed) } : {}),
    ...(q ? { OR: [{ deviceName: textContains(q) }, { externalId: textContains(q) }, { localOs: textContains(q) }] } : {}),
  };
}

// One indexed column per sort, as in lib/cloud-pcs/queries.ts: the index walk pages without sorting.
const orderColumns: Record<string, (d: "asc" | "desc") => Prisma.ClientOrderByWithRelationInput[]> = {
  device: (d) => [{ deviceName: d }],
  app: (d) => [{ app: d }],
};

async function withRelations(tenantId: string, rows: ListRow[]): Promise<ClientListItem[]> {
  const [users, findings] = await Promise.all([
    db.directoryUser.findMany({ where: { tenantId, graphId: { in: distinct(rows.map((r) => r.userGraphId)) } }, select: { id: true, graphId: true, userPrincipalName: true } }),
    openFindingsOf(tenantId, "client", rows.map((r) => r.externalId)),
  ]);
  const userById = new Map(users.map((u) => [u.graphId, u]));
  return rows.map(({ userGraphId, ...row }) => {
    const user = userById.get(userGraphId);
    return { ...row, user: user ? { id: user.id, label: user.userPrincipalName } : { id: null, label: userGraphId }, openFindings: findings.get(row.externalId) ?? noOpenFindings };
  });
}

function findPage(tenantId: string, params: ClientListParams, skip: number, take: number) {
  return db.client.findMany({ where: clientWhere(tenantId, params), select: listSelect, orderBy: orderByOf(params.sort, orderColumns, "device"), skip, take });
}

/** One page of clients, filtered, sorted and paged in the database; list and count run together. */
export async function listClients(tenantId: string, params: ClientListParams): Promise<ListResult<ClientListItem>> {
  await ensurePlannerStats();
  const { skip, take } = pageWindow(params);
  const [rows, total] = await Promise.all([findPage(tenantId, params, skip, take), db.client.count({ where: clientWhere(tenantId, params) })]);
  return { items: await withRelations(tenantId, rows), total };
}

export async function* exportClients(tenantId: string, params: ClientListParams): AsyncGenerator<ClientListItem> {
  await ensurePlannerStats();
  yield* exportPages(async (skip, take) => withRelations(tenantId, await findPage(tenantId, params, skip, take)));
}

/** The user a client list is narrowed to (`?user=<Graph id>`), named for the filter's label. */
export async function getClientUserFilter(tenantId: string, userGraphId: string | undefined) {
  if (!userGraphId) return null;
  const user = await db.directoryUser.findUnique({ where: { tenantId_graphId: { tenantId, graphId: userGraphId } }, select: { userPrincipalName: true } });
  return { id: userGraphId, label: user?.userPrincipalName ?? userGraphId };
}
