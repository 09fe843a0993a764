import "server-only";
import { db, type Prisma, textContains } from "@/lib/db";
import { openFindingsOf, noOpenFindings, type OpenFindings } from "@/lib/inventory/open-findings";
import { distinct, flagWhere, orderByOf, pageWindow, type ListResult } from "@/lib/inventory/query-helpers";
import { exportPages } from "@/lib/inventory/export";
import { ensurePlannerStats } from "@/lib/inventory/planner-stats";
import { ssoApplied } from "@/lib/rules/facts";
import type { CloudPcListParams } from "@/lib/validations/inventory";

export interface CloudPcListItem {
  /** The row id, which addresses the detail page. */
  id: string;
  /** The Graph id, which findings and evidence name. */
  graphId: string;
  displayName: string;
  userPrincipalName: string | null;
  /** The assigned user's row id, when the user is in the tenant's directory. */
  userId: string | null;
  joinType: string | null;
  status: string | null;
  osVersion: string | null;
  osRelease: string | null;
  /** The policy's row id (null when the policy is not in the tenant) and name. */
  policyId: string | null;
  policyName: string | null;
  /** SSO as the rules read it: the Cloud PC's applied setting, else its policy's. */
  sso: boolean | null;
  ssoSource: "connectionSetting" | "provisioningPolicy" | null;
  openFindings: OpenFindings;
}

const listSelect = {
  id: true, graphId: true, displayName: true, userPrincipalName: true, upnLower: true, joinType: true, status: true,
  osVersion: true, osRelease: true, provisioningPolicyGraphId: true, provisioningPolicyName: true, ssoApplied: true,
} satisfies Prisma.CloudPcSelect;
type ListRow = Prisma.CloudPcGetPayload<{ select: typeof listSelect }>;

export function cloudPcWhere(tenantId: string, params: CloudPcListParams): Prisma.CloudPcWhereInput {
  const q = params.q;
  return {
    tenantId,
    ...(params.joinType ? { joinType: params.joinType === "unknown" ? null : params.joinType } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.sso ? { ssoApplied: flagWhere(params.sso) } : {}),
    ...(params.policy ? { provisioningPolicyGraphId: params.policy } : {}),
    ...(q ? { OR: [{ displayName: textContains(q) }, { upnLower: textContains(q.toLowerCase()) }] } : {}),
  };
}

/**
 * Each sort is one column that leads an index with tenantId, and nothing else: SQLite then walks the
 * index and stops after the page, and rows with equal values keep the index's (insertion) order from
 * page to page. A second sort column, or NULLS LAST, would make it sort the whole tenant for each page
 * (~0.7 s at 100k Cloud PCs). NULLs come first ascending, as SQLite orders them.
 */
const orderColumns: Record<string, (d: "asc" | "desc") => Prisma.CloudPcOrderByWithRelationInput[]> = {
  name: (d) => [{ displayName: d }],
  user: (d) => [{ upnLower: d }],
  status: (d) => [{ status: d }],
  joinType: (d) => [{ joinType: d }],
};

/** Adds to one page of rows what they show from elsewhere: user, policy and open findings, one query each. */
async function withRelations(tenantId: string, rows: ListRow[]): Promise<CloudPcListItem[]> {
  const [users, policies, findings] = await Promise.all([
    db.directoryUser.findMany({ where: { tenantId, upnLower: { in: distinct(rows.map((r) => r.upnLower)) } }, select: { id: true, upnLower: true } }),
    db.provisioningPolicy.findMany({
      where: { tenantId, graphId: { in: distinct(rows.map((r) => r.provisioningPolicyGraphId)) } },
      select: { id: true, graphId: true, displayName: true, enableSingleSignOn: true },
    }),
    openFindingsOf(tenantId, "cloudPc", rows.map((r) => r.graphId)),
  ]);
  const userByUpn = new Map(users.map((u) => [u.upnLower, u.id]));
  const policyById = new Map(policies.map((p) => [p.graphId, p]));
  return rows.map((row) => {
    const policy = row.provisioningPolicyGraphId ? policyById.get(row.provisioningPolicyGraphId) : undefined;
    const sso = ssoApplied(
      { id: row.graphId, displayName: row.displayName, connectionSetting: row.ssoApplied === null ? null : { enableSingleSignOn: row.ssoApplied } },
      policy ? { id: policy.graphId, displayName: policy.displayName, enableSingleSignOn: policy.enableSingleSignOn } : null,
    );
    return {
      id: row.id,
      graphId: row.graphId,
      displayName: row.displayName,
      userPrincipalName: row.userPrincipalName,
      userId: row.upnLower ? (userByUpn.get(row.upnLower) ?? null) : null,
      joinType: row.joinType,
      status: row.status,
      osVersion: row.osVersion,
      osRelease: row.osRelease,
      policyId: policy?.id ?? null,
      policyName: policy?.displayName ?? row.provisioningPolicyName,
      sso: sso.value,
      ssoSource: sso.source,
      openFindings: findings.get(row.graphId) ?? noOpenFindings,
    };
  });
}

function findPage(tenantId: string, params: CloudPcListParams, skip: number, take: number) {
  return db.cloudPc.findMany({ where: cloudPcWhere(tenantId, params), select: listSelect, orderBy: orderByOf(params.sort, orderColumns, "name"), skip, take });
}

/** One page of Cloud PCs, filtered, sorted and paged in the database; list and count run together. */
export async function listCloudPcs(tenantId: string, params: CloudPcListParams): Promise<ListResult<CloudPcListItem>> {
  await ensurePlannerStats();
  const { skip, take } = pageWindow(params);
  const [rows, total] = await Promise.all([findPage(tenantId, params, skip, take), db.cloudPc.count({ where: cloudPcWhere(tenantId, params) })]);
  return { items: await withRelations(tenantId, rows), total };
}

/** Every Cloud PC the filters match, in the table's order, read in pages for a CSV export. */
export async function* exportCloudPcs(tenantId: string, params: CloudPcListParams): AsyncGenerator<CloudPcListItem> {
  await ensurePlannerStats();
  yield* exportPages(async (skip, take) => withRelations(tenantId, await findPage(tenantId, params, skip, take)));
}

/** The filter choices of the Cloud PC list: statuses present in the tenant and its policies. */
export async function getCloudPcFilterOptions(tenantId: string) {
  const [statuses, policies] = await Promise.all([
    db.cloudPc.groupBy({ by: ["status"], where: { tenantId, status: { not: null } }, _count: { _all: true }, orderBy: { status: "asc" } }),
    db.provisioningPolicy.findMany({ where: { tenantId }, select: { graphId: true, displayName: true }, orderBy: { displayName: "asc" } }),
  ]);
  return {
    statuses: statuses.map((s) => s.status).filter((s): s is string => s !== null),
    policies: policies.map((p) => ({ id: p.graphId, name: p.displayName })),
  };
}
