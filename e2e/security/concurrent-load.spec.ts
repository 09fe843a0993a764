import { test, expect, request as newRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { roleNames, storageStateFor } from "../support/roles";

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

// A tenant of this spec's own (named to sort after Contoso, which stays every account's default tenant),
// so the writes change nothing other specs look at.
const tenantName = "Northwind Load Test";
const writes = 15;
const readers = 24;
const readsPerReader = 10;

// Every write also changes these, so each write is a transaction of a few hundred rows, not two.
const fleet = 200;
const cloudPcsContext = "https://graph.microsoft.com/beta/$metadata#deviceManagement/virtualEndpoint/cloudPCs";
const counterId = "load-counter";
const loadedId = (i: number) => `load-pc-${i}`;

/** Write i: the counter's and the fleet's service plan becomes "Plan i", and Cloud PC i is added. */
function writeFile(i: number) {
  const cloudPc = (id: string, displayName: string, servicePlanName: string) => ({ "@odata.type": "#microsoft.graph.cloudPC", id, displayName, servicePlanName, provisioningType: "dedicated" });
  const fleetPcs = upTo(fleet).map((j) => cloudPc(`load-fleet-${j}`, `LOAD-FLEET-${j}`, `Plan ${i}`));
  const page = { "@odata.context": cloudPcsContext, value: [cloudPc(counterId, "LOAD-COUNTER", `Plan ${i}`), cloudPc(loadedId(i), `LOAD-${i}`, "Cloud PC Enterprise 2vCPU/8GB/128GB"), ...fleetPcs] };
  return { name: `write-${i}.json`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(page)) };
}

interface TenantState {
  counter: number;
  loaded: number[];
  /** The fleet's service plans, each once. */
  fleetPlans: string[];
}

const expected = (i: number): TenantState => ({ counter: i, loaded: upTo(i), fleetPlans: i === 0 ? [] : [`Plan ${i}`] });

test("many people read pages, lists and exports while an admin imports, with no server error and no lost write", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const contexts = Object.fromEntries(
    await Promise.all(roleNames.map(async (role) => [role, await newRequest.newContext({ baseURL, storageState: storageStateFor(role) })] as const)),
  ) as Record<(typeof roleNames)[number], APIRequestContext>;
  const admin = contexts.admin;

  const serverErrors: string[] = [];
  const statuses = new Map<number, number>();
  /** Every response is counted; a 5xx, or a body that breaks off, is kept to be shown. */
  async function track(label: string, call: Promise<APIResponse>): Promise<APIResponse> {
    let response: APIResponse;
    try {
      response = await call;
      await response.body();
    } catch (error) {
      serverErrors.push(`${label}: no answer (${(error as Error).message.split("\n")[0]})`);
      throw error;
    }
    statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
    if (response.status() >= 500) serverErrors.push(`${label}: ${response.status()} ${(await response.text()).slice(0, 300)}`);
    return response;
  }

  // The tenant starts empty, whatever an earlier run left (a snapshot import replaces the tenant).
  const reset = await track("reset", admin.post("/api/snapshots", { data: JSON.stringify({ snapshotVersion: 1, tenant: { displayName: tenantName, cloud: "commercial", edition: "enterprise" } }), headers: { "content-type": "application/json" } }));
  expect(reset.status()).toBe(200);
  const { tenantId } = (await reset.json()) as { tenantId: string };

  async function readState(context: APIRequestContext, label: string): Promise<TenantState> {
    const response = await track(label, context.get(`/api/tenants/${tenantId}/snapshot`));
    expect(response.status(), label).toBe(200);
    const { cloudPCs } = (await response.json()) as { cloudPCs: { id: string; servicePlanName?: string }[] };
    const plan = cloudPCs.find((pc) => pc.id === counterId)?.servicePlanName;
    return {
      counter: plan ? Number(/^Plan (\d+)$/.exec(plan)![1]) : 0,
      loaded: cloudPCs.flatMap((pc) => /^load-pc-(\d+)$/.exec(pc.id)?.[1] ?? []).map(Number).sort((a, b) => a - b),
      fleetPlans: [...new Set(cloudPCs.filter((pc) => pc.id.startsWith("load-fleet-")).map((pc) => pc.servicePlanName ?? ""))],
    };
  }

  const acknowledged: number[] = [];
  const writer = async () => {
    for (const i of upTo(writes)) {
      const file = writeFile(i);
      const preview = await track(`preview ${i}`, admin.post("/api/import/preview", { multipart: { options: JSON.stringify({ tenantId }), files: file } }));
      expect(preview.status(), `preview ${i}`).toBe(200);
      const { preview: shown } = (await preview.json()) as { preview: { planHash: string } };
      const commit = await track(`commit ${i}`, admin.post("/api/import/commit", { multipart: { options: JSON.stringify({ tenantId, expectedPlanHash: shown.planHash }), files: file } }));
      expect(commit.status(), `commit ${i}`).toBe(200);
      expect(await commit.json(), `commit ${i}`).toMatchObject({ ok: true, committed: true });
      acknowledged.push(i);
      // Read back at once: an acknowledged write is there, and so is every one before it.
      expect(await readState(admin, `read back ${i}`)).toEqual(expected(i));
    }
  };

  const pages = ["/", "/findings", "/findings?view=rules", "/cloud-pcs", "/users?identityType=external", "/matrix"];
  const apis = ["/api/inventory/cloud-pcs?pageSize=50", "/api/inventory/users?page=2", "/api/tenants", `/api/tenants/${tenantId}/evaluation`];
  const exports = ["/api/findings/export", "/api/inventory/cloud-pcs/export", "/api/reports/users"];
  const torn: string[] = [];
  const refused: string[] = [];
  const reader = async (n: number) => {
    const role = roleNames[n % roleNames.length];
    for (let k = 0; k < readsPerReader; k++) {
      const pick = n * readsPerReader + k;
      const label = `${role} read ${pick}`;
      if (pick % 5 === 0) {
        // A reader sees writes whole and in order: some prefix of the sequence, never part of a write.
        const state = await readState(contexts[role], label);
        if (JSON.stringify(state) !== JSON.stringify(expected(state.counter))) torn.push(`${label}: ${JSON.stringify(state)}`);
        continue;
      }
      const all = [...pages, ...apis, ...exports];
      const url = all[pick % all.length];
      const response = await track(`${label} ${url}`, contexts[role].get(url));
      if (response.status() >= 400 && response.status() < 500) refused.push(`${label} ${url}: ${response.status()}`);
    }
  };

  const outcomes = await Promise.allSettled([writer(), ...Array.from({ length: readers }, (_, n) => reader(n))]);

  const summary = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`).join(", ");
  console.log(`responses by status: ${summary}; server errors: ${serverErrors.length}`);
  for (const error of serverErrors) console.log(`  ${error}`);
  expect(serverErrors).toEqual([]);
  expect(refused).toEqual([]);
  expect(torn).toEqual([]);
  for (const outcome of outcomes) if (outcome.status === "rejected") throw outcome.reason;
  expect(acknowledged).toEqual(upTo(writes));
  // The final state is the writes applied in order, as another role sees it.
  expect(await readState(contexts.viewer, "final read")).toEqual(expected(writes));

  await Promise.all(Object.values(contexts).map((context) => context.dispose()));
});
