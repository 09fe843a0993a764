import { beforeAll, describe, expect, it } from "vitest";
import { loadTenantSnapshot } from "@/lib/tenant-data/load-snapshot";
import { seedDemoTenants } from "@/prisma/seed-demo";
import { loadDiagnosisSlice, loadDiagnosisSubjects } from "./load-slice";
import { sliceSnapshot } from "./slice";
import { findPerson } from "./test-fixtures";

let tenants: Record<string, string> = {};

beforeAll(async () => {
  tenants = Object.fromEntries((await seedDemoTenants()).map((tenant) => [tenant.name, tenant.tenantId]));
}, 60_000);

describe("loadDiagnosisSlice", () => {
  it("reads from the database exactly the slice cut from the whole saved snapshot", async () => {
    for (const [name, tenantId] of Object.entries(tenants)) {
      const whole = await loadTenantSnapshot(tenantId);
      const people = whole.users.slice(0, name === "Contoso" ? 60 : 10);
      for (const user of people) {
        const cloudPc = whole.cloudPCs.find((candidate) => candidate.userPrincipalName?.toLowerCase() === user.userPrincipalName.toLowerCase()) ?? null;
        const client = whole.clients.find((candidate) => candidate.userId === user.id) ?? null;
        const selection = { userId: user.id, cloudPcId: cloudPc?.id ?? null, clientId: client?.id ?? null };
        expect(await loadDiagnosisSlice(tenantId, selection), `${name} ${user.displayName}`).toEqual(sliceSnapshot(whole, selection));
      }
    }
  }, 60_000);

  it("refuses a user, Cloud PC or client that is not there or not the user's", async () => {
    const tenantId = tenants.Contoso;
    const whole = await loadTenantSnapshot(tenantId);
    const omar = findPerson(whole, "Omar Haddad");
    const grace = findPerson(whole, "Grace Taylor");
    await expect(loadDiagnosisSlice(tenantId, { userId: "nobody", cloudPcId: null, clientId: null })).rejects.toThrow("That user is not in this tenant.");
    await expect(loadDiagnosisSlice(tenantId, { userId: omar.user.id, cloudPcId: grace.cloudPcs[0].id, clientId: null })).rejects.toThrow("not assigned to this user");
    await expect(loadDiagnosisSlice(tenantId, { userId: omar.user.id, cloudPcId: omar.cloudPcs[0].id, clientId: grace.clients[0].id })).rejects.toThrow("not one of this user's");
    await expect(loadDiagnosisSlice(tenants.Fabrikam, { userId: omar.user.id, cloudPcId: null, clientId: null })).rejects.toThrow("That user is not in this tenant.");
  });
});

describe("loadDiagnosisSubjects", () => {
  it("lists a user's Cloud PCs and recorded clients for the pickers", async () => {
    const whole = await loadTenantSnapshot(tenants.Contoso);
    const daniel = findPerson(whole, "Daniel Okafor");
    const subjects = await loadDiagnosisSubjects(tenants.Contoso, daniel.user.id);
    expect(subjects.user).toMatchObject({ id: daniel.user.id, identityType: "external" });
    expect(subjects.cloudPcs.map((cloudPc) => cloudPc.id)).toEqual(daniel.cloudPcs.map((cloudPc) => cloudPc.id));
    expect(subjects.cloudPcs[0]).toMatchObject({ joinType: "azureADJoin", status: "provisioned" });
    expect(subjects.clients.map((client) => client.app).sort()).toEqual(["windowsAppIos", "windowsAppMac"]);
    await expect(loadDiagnosisSubjects(tenants.Contoso, "nobody")).rejects.toThrow("That user is not in this tenant.");
  });
});
