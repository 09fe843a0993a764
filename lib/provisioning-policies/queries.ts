import "server-only";
import { db, type Prisma, textContains } from "@/lib/db";
import { exportPages } from "@/lib/inventory/export";
import { ensurePlannerStats } from "@/lib/inventory/planner-stats";
import { noOpenFindings, openFindingsOf, type OpenFindings } from "@/lib/inventory/open-findings";
import { distinct, flagWhere, orderByOf, pageWindow, type ListResult } from "@/lib/inventory/query-helpers";
import type { ProvisioningPolicyListParams } from "@/lib/validations/inventory";

export interface ProvisioningPolicyListItem {
  id: string;
  graphId: string;
  displayName: string;
  joinType: string | null;
  enableSingleSignOn: boolean | null;
  regionName: string | null;
  /** The network connection's row id (null when it is not in the tenant) and name or Graph id. */
  networkConnection: { id: string | null; label: string } | null;
  cloudPcCount: number;
  openFindings: OpenFindings;
}

const listSelect = {
  id: true, graphId: true, displayName: true, joinType: true, enableSingleSignOn: true, regionName: true, onPremisesConnectionGraphId: true,
} satisfies Prisma.ProvisioningPolicySelect;
type ListRow = Prisma.ProvisioningPolicyGetPayload<{ select: typeof listSelect }>;

export function policyWhere(tenantId: string, params: ProvisioningPolicyListParams): Prisma.ProvisioningPolicyWhereInput {
  return {
    tenantId,
    ...(params.joinType ? { joinType: params.joinType === "unknown" ? null : params.joinType } : {}),
    ...(params.sso ? { enableSingleSignOn: flagWhere(params.sso) } : {}),
    ...(params.networkConnection ? { onPremisesConnectionGraphId: params.networkConnection } : {}),
    ...(params.q ? { OR: [{ displayName: textContains(params.q) }, { description: textContains(params.q) }] } : {}),
  };
}

const orderColumns: Record<string, (d: "asc" | "desc") => Prisma.ProvisioningPolicyOrderByWithRelationInput[]> = {
  name: (d) => [{ displayName: d }, { graphId: "asc" }],
  joinType: (d) => [{ joinType: { sort: d, nulls: "last" } }, { displayName: "asc" }],
};

async function withRelations(tenantId: string, rows: ListRow[]): Promise<ProvisioningPolicyListItem[]> {
  const graphIds = rows.map((r) => r.graphId);
  const [connections, cloudPcs, findings] = await Promise.all([
    db.networkConnection.findMany({ where: { tenantId, graphId: { in: distinct(rows.map((r) => r.onPremisesConnectionGraphId)) } }, select: { id: true, graphId: true, displayName: true } }),
    db.cloudPc.groupBy({ by: ["provisioningPolicyGraphId"], where: { tenantId, provisioningPolicyGraphId: { in: graphIds } }, _count: { _all: true } }),
    openFindingsOf(tenantId, "provisioningPolicy", graphIds),
  ]);
  const connectionById = new Map(connections.map((c) => [c.graphId, c]));
  const cloudPcCount = new Map(cloudPcs.map((g) => [g.provisioningPolicyGraphId, g._count._all]));
  return rows.map(({ onPremisesConnectionGraphId, ...row }) => {
    const connection = onPremisesConnectionGraphId ? connectionById.get(onPremisesConnectionGraphId) : undefined;
    return {
      ...row,
      networkConnection: onPremisesConnectionGraphId ? { id: connection?.id ?? null, label: connection?.displayName ?? onPremisesConnectionGraphId } : null,
      cloudPcCount: cloudPcCount.get(row.graphId) ?? 0,
      openFindings: findings.get(row.graphId) ?? noOpenFindings,
    };
  });
}

function findPage(tenantId: string, params: ProvisioningPolicyListParams, skip: number, take: number) {
  return db.provisioningPolicy.findMany({ where: policyWhere(tenantId, params), select: listSelect, orderBy: orderByOf(params.sort, orderColumns, "name"), skip, take });
}

/** One page of provisioning policies, filtered, sorted and paged in the database. */
export async function listProvisioningPolicies(tenantId: string, params: ProvisioningPolicyListParams): Promise<ListResult<ProvisioningPolicyListItem>> {
  await ensurePlannerStats();
  const { skip, take } = pageWindow(params);
  const [rows, total] = await Promise.all([findPage(tenantId, params, skip, take), db.provisioningPolicy.count({ where: policyWhere(tenantId, params) })]);
  return { items: await withRelations(tenantId, rows), total };
}

export async function* exportProvisioningPolicies(tenantId: string, params: ProvisioningPolicyListParams): AsyncGenerator<ProvisioningPolicyListItem> {
  await ensurePlannerStats();
  yield* exportPages(async (skip, take) => withRelations(tenantId, await findPage(tenantId, params, skip, take)));
}

/** The network connections a policy can name: the filter's and the form's choices. */
export async function listNetworkConnectionChoices(tenantId: string) {
  const rows = await db.networkConnection.findMany({ where: { tenantId }, select: { graphId: true, displayName: true }, orderBy: { displayName: "asc" } });
  return rows.map((r) => ({ id: r.graphId, name: r.displayName }));
}
