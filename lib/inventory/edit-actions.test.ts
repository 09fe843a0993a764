import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { seedContoso } from "./test-fixtures";

// The inventory's edit actions are public POST endpoints: whatever the UI shows, each one must refuse
// a role without "tenant:edit" before it reads its input, and change nothing.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

const cloudPcs = await import("@/app/(app)/cloud-pcs/actions");
const users = await import("@/app/(app)/users/actions");
const clients = await import("@/app/(app)/clients/actions");
const policies = await import("@/app/(app)/provisioning-policies/actions");
const connections = await import("@/app/(app)/network-connections/actions");

let tenantId: string;
beforeAll(async () => {
  tenantId = await seedContoso("Contoso (edit permissions)");
});

/** Every table an edit action writes, with each row's version: equal before and after means nothing changed. */
async function fingerprint() {
  const where = { tenantId };
  const [cloudPc, user, client, policy, connection, audit] = await Promise.all([
    db.cloudPc.findMany({ where, select: { id: true, version: true }, orderBy: { id: "asc" } }),
    db.directoryUser.findMany({ where, select: { id: true, version: true }, orderBy: { id: "asc" } }),
    db.client.findMany({ where, select: { id: true, version: true }, orderBy: { id: "asc" } }),
    db.provisioningPolicy.findMany({ where, select: { id: true, version: true }, orderBy: { id: "asc" } }),
    db.networkConnection.findMany({ where, select: { id: true, version: true }, orderBy: { id: "asc" } }),
    db.auditEvent.count(),
  ]);
  return { cloudPc, user, client, policy, connection, audit };
}

describe.each(["helpdesk", "viewer"] as const)("a %s posting to the inventory's edit actions", (role) => {
  it("is refused by every one of them and nothing changes", async () => {
    session.viewer = { id: `${role}-id`, email: `${role}@sightline.test`, name: role, role };
    const cloudPc = await db.cloudPc.findFirstOrThrow({ where: { tenantId } });
    const user = await db.directoryUser.findFirstOrThrow({ where: { tenantId } });
    const client = await db.client.findFirstOrThrow({ where: { tenantId } });
    const policy = await db.provisioningPolicy.findFirstOrThrow({ where: { tenantId } });
    const connection = await db.networkConnection.findFirstOrThrow({ where: { tenantId } });
    const before = await fingerprint();

    const attempts = [
      cloudPcs.createCloudPcAction({ displayName: "Sneaky" }),
      cloudPcs.updateCloudPcAction({ id: cloudPc.id, version: cloudPc.version, displayName: "Renamed" }),
      cloudPcs.deleteCloudPcAction({ id: cloudPc.id, version: cloudPc.version }),
      users.createUserAction({ userPrincipalName: "sneaky@contoso.com" }),
      users.updateUserAction({ id: user.id, version: user.version, userPrincipalName: user.userPrincipalName, identityTypeOverride: "hybrid", identityTypeOverrideReason: "because I say so, really" }),
      users.deleteUserAction({ id: user.id, version: user.version }),
      clients.createClientAction({ user: user.userPrincipalName, app: "windowsAppWeb" }),
      clients.updateClientAction({ id: client.id, version: client.version, user: user.userPrincipalName, app: "windowsAppWeb" }),
      clients.deleteClientAction({ id: client.id, version: client.version }),
      policies.updateProvisioningPolicyAction({ id: policy.id, version: policy.version, displayName: policy.displayName, enableSingleSignOn: "false" }),
      connections.createNetworkConnectionAction({ displayName: "Sneaky" }),
      connections.updateNetworkConnectionAction({ id: connection.id, version: connection.version, displayName: "Renamed" }),
      connections.deleteNetworkConnectionAction({ id: connection.id, version: connection.version }),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toEqual({ ok: false, message: "Your role does not allow this." });
    expect(await fingerprint()).toEqual(before);
  });
});

describe("an admin posting the same action", () => {
  it("is let through to the work, so the refusals above are the role's doing", async () => {
    session.viewer = { id: "admin-id", email: "admin@sightline.test", name: "admin", role: "admin" };
    const cloudPc = await db.cloudPc.findFirstOrThrow({ where: { tenantId }, orderBy: { graphId: "asc" } });
    const result = await cloudPcs.updateCloudPcAction({ id: cloudPc.id, version: cloudPc.version, displayName: `${cloudPc.displayName}-renamed` });
    expect(result).toMatchObject({ ok: true, data: { id: cloudPc.id } });
    expect((await db.cloudPc.findUniqueOrThrow({ where: { id: cloudPc.id } })).displayName).toBe(`${cloudPc.displayName}-renamed`);
  });
});
