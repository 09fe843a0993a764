import "server-only";
import { db, type Prisma, textContains } from "@/lib/db";
import { exportPages } from "@/lib/inventory/export";
import { ensurePlannerStats } from "@/lib/inventory/planner-stats";
import { noOpenFindings, openFindingsOf, type OpenFindings } from "@/lib/inventory/open-findings";
import { orderByOf, pageWindow, type ListResult } from "@/lib/inventory/query-helpers";
import { coversCloudPcApps, requiresMfa } from "@/lib/rules/facts";
import { conditionalAccessPolicyFromRow, conditionalAccessPolicySelect } from "@/lib/tenant-data/mapping/policies";
import type { ConditionalAccessListParams } from "@/lib/validations/inventory";
import { signInFrequencyText } from "./sign-in-frequency";

export interface ConditionalAccessListItem {
  id: string;
  graphId: string;
  displayName: string;
  state: string;
  /** The rules' own reading of the policy (lib/rules/facts), not a second copy of it. */
  coversCloudPcApps: boolean;
  requiresMfa: boolean;
  signInFrequency: string | null;
  tokenProtection: boolean;
  openFindings: OpenFindings;
}

export function caPolicyWhere(tenantId: string, params: ConditionalAccessListParams): Prisma.ConditionalAccessPolicyWhereInput {
  return {
    tenantId,
    ...(params.state ? { state: params.state } : {}),
    ...(params.q ? { displayName: textContains(params.q) } : {}),
  };
}

const orderColumns: Record<string, (d: "asc" | "desc") => Prisma.ConditionalAccessPolicyOrderByWithRelationInput[]> = {
  name: (d) => [{ displayName: d }, { graphId: "asc" }],
  state: (d) => [{ state: d }, { displayName: "asc" }],
};

const listSelect = { ...conditionalAccessPolicySelect, id: true } satisfies Prisma.ConditionalAccessPolicySelect;
type ListRow = Prisma.ConditionalAccessPolicyGetPayload<{ select: typeof listSelect }>;

async function withFacts(tenantId: string, rows: ListRow[]): Promise<ConditionalAccessListItem[]> {
  const findings = await openFindingsOf(tenantId, "conditionalAccessPolicy", rows.map((r) => r.graphId));
  return rows.map(({ id, ...columns }) => {
    const policy = conditionalAccessPolicyFromRow(columns);
    return {
      id,
      graphId: policy.id,
      displayName: policy.displayName,
      state: policy.state,
      coversCloudPcApps: coversCloudPcApps(policy),
      requiresMfa: requiresMfa(policy),
      signInFrequency: signInFrequencyText(policy.sessionControls?.signInFrequency),
      tokenProtection: policy.sessionControls?.secureSignInSession?.isEnabled === true,
      openFindings: findings.get(policy.id) ?? noOpenFindings,
    };
  });
}

function findPage(tenantId: string, params: ConditionalAccessListParams, skip: number, take: number) {
  return db.conditionalAccessPolicy.findMany({ where: caPolicyWhere(tenantId, params), select: listSelect, orderBy: orderByOf(params.sort, orderColumns, "name"), skip, take });
}

/** One page of Conditional Access policies, filtered, sorted and paged in the database. */
export async function listConditionalAccessPolicies(tenantId: string, params: ConditionalAccessListParams): Promise<ListResult<ConditionalAccessListItem>> {
  await ensurePlannerStats();
  const { skip, take } = pageWindow(params);
  const [rows, total] = await Promise.all([findPage(tenantId, params, skip, take), db.conditionalAccessPolicy.count({ where: caPolicyWhere(tenantId, params) })]);
  return { items: await withFacts(tenantId, rows), total };
}

export async function* exportConditionalAccessPolicies(tenantId: string, params: ConditionalAccessListParams): AsyncGenerator<ConditionalAccessListItem> {
  await ensurePlannerStats();
  yield* exportPages(async (skip, take) => withFacts(tenantId, await findPage(tenantId, params, skip, take)));
}
