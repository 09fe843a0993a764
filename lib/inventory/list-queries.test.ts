import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { listClients } from "@/lib/clients/queries";
import { listCloudPcs } from "@/lib/cloud-pcs/queries";
import { listConditionalAccessPolicies } from "@/lib/conditional-access/queries";
import { listNetworkConnections } from "@/lib/network-connections/queries";
import { listProvisioningPolicies } from "@/lib/provisioning-policies/queries";
import { listUsers } from "@/lib/users/queries";
import { ClientListParams, CloudPcListParams, ConditionalAccessListParams, NetworkConnectionListParams, ProvisioningPolicyListParams, UserListParams } from "@/lib/validations/inventory";
import { seedContoso } from "./test-fixtures";

let tenantId: string;

beforeAll(async () => {
  tenantId = await seedContoso("Contoso (inventory lists)");
});

let findingSeq = 0;
/** A stored finding, as an evaluation would leave it. */
function finding(entityType: string, entityId: string, severity: string, status: string, relatedUserId: string | null = null) {
  findingSeq += 1;
  return db.finding.create({
    data: {
      tenantId, ruleId: `TST-${String(findingSeq).padStart(3, "0")}`, entityType, entityId, entityName: entityId, severity, stalls: false,
      phase: "cloudService", verdict: "fail", status, evidenceJson: "[]", relatedUserId,
    },
  });
}

describe("listCloudPcs", () => {
  it("filters, sorts and pages in the database, and the count matches the filter", async () => {
    const hybrid = await db.cloudPc.count({ where: { tenantId, joinType: "hybridAzureADJoin" } });
    const page1 = await listCloudPcs(tenantId, CloudPcListParams.parse({ joinType: "hybridAzureADJoin", sort: "-name", pageSize: "10" }));
    const page2 = await listCloudPcs(tenantId, CloudPcListParams.parse({ joinType: "hybridAzureADJoin", sort: "-name", pageSize: "10", page: "2" }));
    expect(page1.total).toBe(hybrid);
    expect(page1.items).toHaveLength(10);
    const names = [...page1.items, ...page2.items].map((c) => c.displayName);
    expect(names).toEqual([...names].sort().reverse());
    expect(new Set([...page1.items, ...page2.items].map((c) => c.joinType))).toEqual(new Set(["hybridAzureADJoin"]));
    expect(new Set(names).size).toBe(names.length);
  });

  it("searches names and user principal names, ignoring case", async () => {
    const { items, total } = await listCloudPcs(tenantId, CloudPcListParams.parse({ q: "ADELE.VANCE" }));
    expect(total).toBe(1);
    expect(items[0].userPrincipalName).toBe("adele.vance@contoso.com");
    expect(items[0].userId).not.toBeNull();
    expect(items[0].policyName).toBeTruthy();
  });

  it("counts each row's open and accepted findings (not resolved ones) in one grouped query, with the worst severity", async () => {
    const [first, second] = (await listCloudPcs(tenantId, CloudPcListParams.parse({ pageSize: "10" }))).items;
    await finding("cloudPc", first.graphId, "medium", "open");
    await finding("cloudPc", first.graphId, "critical", "accepted");
    await finding("cloudPc", first.graphId, "high", "resolved");
    await finding("cloudPc", second.graphId, "low", "resolved");
    const groupBy = vi.spyOn(db.finding, "groupBy");
    const { items } = await listCloudPcs(tenantId, CloudPcListParams.parse({ pageSize: "10" }));
    expect(groupBy).toHaveBeenCalledTimes(1);
    groupBy.mockRestore();
    expect(items[0].openFindings).toEqual({ count: 2, worst: "critical" });
    expect(items[1].openFindings).toEqual({ count: 0, worst: null });
  });

  it("falls back to defaults for parameters it does not know instead of failing", () => {
    expect(CloudPcListParams.parse({ sort: "password", pageSize: "7", page: "-3", joinType: "sideways", sso: "maybe" })).toMatchObject({
      sort: "name", pageSize: 25, page: 1, joinType: undefined, sso: undefined,
    });
  });
});

describe("listUsers", () => {
  it("counts a user's own findings and those about their Cloud PCs and clients, each once", async () => {
    const user = (await listUsers(tenantId, UserListParams.parse({ q: "megan.bowen" }))).items[0];
    await finding("user", user.graphId, "low", "open", user.graphId);
    await finding("cloudPc", "some-cloud-pc", "high", "open", user.graphId);
    await finding("client", "some-client", "medium", "accepted", user.graphId);
    await finding("client", "other-client", "critical", "open", "somebody-else");
    const after = (await listUsers(tenantId, UserListParams.parse({ q: "megan.bowen" }))).items[0];
    expect(after.openFindings).toEqual({ count: user.openFindings.count + 3, worst: "high" });
    expect(after.cloudPcCount).toBe(await db.cloudPc.count({ where: { tenantId, upnLower: "megan.bowen@contoso.com" } }));
  });

  it("filters by identity type and by override", async () => {
    const external = await listUsers(tenantId, UserListParams.parse({ identityType: "external", pageSize: "100" }));
    expect(external.total).toBe(await db.directoryUser.count({ where: { tenantId, identityType: "external" } }));
    expect(new Set(external.items.map((u) => u.identityType))).toEqual(new Set(["external"]));
    const overridden = await listUsers(tenantId, UserListParams.parse({ overridden: "1" }));
    expect(overridden.items.every((u) => u.overridden)).toBe(true);
  });
});

describe("the other inventory lists", () => {
  it("list clients by app, policies with their Cloud PC counts, connections with their policies, and CA policies as the rules read them", async () => {
    const web = await listClients(tenantId, ClientListParams.parse({ app: "windowsAppWeb" }));
    expect(web.total).toBe(await db.client.count({ where: { tenantId, app: "windowsAppWeb" } }));
    expect(web.items.every((c) => c.app === "windowsAppWeb" && c.user.label.length > 0)).toBe(true);

    const policies = await listProvisioningPolicies(tenantId, ProvisioningPolicyListParams.parse({ pageSize: "100" }));
    const counted = policies.items.reduce((sum, p) => sum + p.cloudPcCount, 0);
    expect(counted).toBe(await db.cloudPc.count({ where: { tenantId, provisioningPolicyGraphId: { in: policies.items.map((p) => p.graphId) } } }));

    const connections = await listNetworkConnections(tenantId, NetworkConnectionListParams.parse({}));
    expect(connections.items.some((c) => c.policyCount > 0)).toBe(true);

    const ca = await listConditionalAccessPolicies(tenantId, ConditionalAccessListParams.parse({ state: "enabled" }));
    expect(ca.items.length).toBeGreaterThan(0);
    expect(ca.items.every((p) => p.state === "enabled")).toBe(true);
    expect(ca.items.some((p) => p.coversCloudPcApps && p.requiresMfa)).toBe(true);
  });
});
