import "server-only";
import { db, type Prisma, textContains } from "@/lib/db";
import { exportPages } from "@/lib/inventory/export";
import { ensurePlannerStats } from "@/lib/inventory/planner-stats";
import { noOpenFindings, openFindingsOf, type OpenFindings } from "@/lib/inventory/open-findings";
import { orderByOf, pageWindow, type ListResult } from "@/lib/inventory/query-helpers";
import type { NetworkConnectionListParams } from "@/lib/validations/inventory";

export interface NetworkConnectionListItem {
  id: string;
  graphId: string;
  displayName: string;
  connectionType: string | null;
  adDomainName: string | null;
  subscription: string | null;
  healthCheckStatus: string | null;
  failedChecks: number;
  policyCount: number;
  openFindings: OpenFindings;
}

const listSelect = {
  id: true, graphId: true, displayName: true, connectionType: true, adDomainName: true, subscriptionId: true, subscriptionName: true, healthCheckStatus: true,
} satisfies Prisma.NetworkConnectionSelect;
type ListRow = Prisma.NetworkConnectionGetPayload<{ select: typeof listSelect }>;

export function networkConnectionWhere(tenantId: string, params: NetworkConnectionListParams): Prisma.NetworkConnectionWhereInput {
  return {
    tenantId,
    ...(params.health ? { healthCheckStatus: params.health } : {}),
    ...(params.q ? { OR: [{ displayName: textContains(params.q) }, { adDomainName: textContains(params.q) }, { subscriptionName: textContains(params.q) }] } : {}),
  };
}

const orderColumns: Record<string, (d: "asc" | "desc") => Prisma.NetworkConnectionOrderByWithRelationInput[]> = {
  name: (d) => [{ displayName: d }, { graphId: "asc" }],
  health: (d) => [{ healthCheckStatus: { sort: d, nulls: "last" } }, { displayName: "asc" }],
};

async function withRelations(tenantId: string, rows: ListRow[]): Promise<NetworkConnectionListItem[]> {
  const graphIds = rows.map((r) => r.graphId);
  const [policies, failed, findings] = await Promise.all([
    db.provisioningPolicy.groupBy({ by: ["onPremisesConnectionGraphId"], where: { tenantId, onPremisesConnectionGraphId: { in: graphIds } }, _count: { _all: true } }),
    db.healthCheck.groupBy({ by: ["networkConnectionId"], where: { networkConnectionId: { in: rows.map((r) => r.id) }, status: "failed" }, _count: { _all: true } }),
    openFindingsOf(tenantId, "networkConnection", graphIds),
  ]);
  const policyCount = new Map(policies.map((g) => [g.onPremisesConnectionGraphId, g._count._all]));
  const failedCount = new Map(failed.map((g) => [g.networkConnectionId, g._count._all]));
  return rows.map(({ subscriptionId, subscriptionName, ...row }) => ({
    ...row,
    subscription: subscriptionName ?? subscriptionId,
    failedChecks: failedCount.get(row.id) ?? 0,
    policyCount: policyCount.get(row.graphId) ?? 0,
    openFindings: findings.get(row.graphId) ?? noOpenFindings,
  }));
}

function findPage(tenantId: string, params: NetworkConnectionListParams, skip: number, take: number) {
  return db.networkConnection.findMany({ where: networkConnectionWhere(tenantId, params), select: listSelect, orderBy: orderByOf(params.sort, orderColumns, "name"), skip, take });
}

/** One page of Azure network connections, filtered, sorted and paged in the database. */
export async function listNetworkConnections(tenantId: string, params: NetworkConnectionListParams): Promise<ListResult<NetworkConnectionListItem>> {
  await ensurePlannerStats();
  const { skip, take } = pageWindow(params);
  const [rows, total] = await Promise.all([findPage(tenantId, params, skip, take), db.networkConnection.count({ where: networkConnectionWhere(tenantId, params) })]);
  return { items: await withRelations(tenantId, rows), total };
}

export async function* exportNetworkConnections(tenantId: string, params: NetworkConnectionListParams): AsyncGenerator<NetworkConnectionListItem> {
  await ensurePlannerStats();
  yield* exportPages(async (skip, take) => withRelations(tenantId, await findPage(tenantId, params, skip, take)));
}

/** The health check statuses present in the tenant: the filter's choices. */
export async function listHealthStatuses(tenantId: string): Promise<string[]> {
  const groups = await db.networkConnection.groupBy({ by: ["healthCheckStatus"], where: { tenantId, healthCheckStatus: { not: null } }, orderBy: { healthCheckStatus: "asc" } });
  return groups.map((g) => g.healthCheckStatus).filter((s): s is string => s !== null);
}
