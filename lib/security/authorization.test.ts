import { describe, it, expect, vi, beforeAll } from "vitest";
import fs from "node:fs";
import path from "node:path";
import type { Viewer } from "@/lib/auth/session";
import { can, permissions, type Permission } from "@/lib/auth/permissions";
import { listEndpoints, readAuthorizationTable, type Endpoint } from "./endpoints";

// Every server action and route handler in app/, called as no session, viewer, helpdesk and admin. The
// expected permission of each comes from docs/SECURITY.md, so a new endpoint fails this test until the
// document says who may call it.

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({
  getViewer: async () => session.viewer,
  requireViewer: async () => session.viewer,
  viewerCan: async () => false,
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const root = path.resolve(import.meta.dirname, "../..");
const endpoints = listEndpoints(root);
const table = readAuthorizationTable(fs.readFileSync(path.join(root, "docs/SECURITY.md"), "utf8"));
const roles = [null, "viewer", "helpdesk", "admin"] as const;

function as(role: (typeof roles)[number]): Viewer | null {
  return role ? { id: `${role}-id`, email: `${role}@sightline.test`, name: role, role } : null;
}

/** Calls one endpoint; true when it was refused for lack of a session or role. */
async function refused(endpoint: Endpoint): Promise<boolean> {
  const mod = (await import(/* @vite-ignore */ path.join(root, endpoint.file))) as Record<string, unknown>;
  const fn = mod[endpoint.exportName] as (...args: unknown[]) => Promise<unknown>;
  if (endpoint.kind === "action") {
    const result = (await fn({})) as { ok: boolean; message?: string };
    return !result.ok && (result.message === "Your role does not allow this." || result.message === "Your session has ended. Sign in again.");
  }
  const method = endpoint.exportName;
  const request = new Request("http://127.0.0.1/x", { method, ...(method === "GET" ? {} : { body: "{}", headers: { "content-type": "application/json" } }) });
  const response = (await fn(request, { params: Promise.resolve(new Proxy({}, { get: () => "no-such-id" })) })) as Response;
  return response.status === 401 || response.status === 403;
}

describe("authorization matrix", () => {
  beforeAll(async () => {
    const { seedDemoTenants } = await import("@/prisma/seed-demo");
    await seedDemoTenants();
    vi.spyOn(console, "error").mockImplementation(() => undefined);
  });

  it("finds the app's endpoints", () => {
    expect(endpoints.filter((e) => e.kind === "action").length).toBeGreaterThan(2);
    expect(endpoints.filter((e) => e.kind === "route").length).toBeGreaterThan(2);
  });

  it("lists every endpoint in docs/SECURITY.md with a known permission, and nothing that no longer exists", () => {
    const names = endpoints.map((e) => e.name);
    expect(names.filter((n) => !table.has(n)), "endpoints missing from docs/SECURITY.md").toEqual([]);
    expect([...table.keys()].filter((n) => !names.includes(n)), "docs/SECURITY.md lists endpoints that do not exist").toEqual([]);
    for (const [name, permission] of table) expect([...Object.keys(permissions), "public"], name).toContain(permission);
  });

  for (const endpoint of endpoints) {
    it(`${endpoint.name}: allowed and refused as docs/SECURITY.md says, and a refused call changes nothing`, async () => {
      const permission = table.get(endpoint.name) as Permission | "public" | undefined;
      if (!permission) throw new Error(`${endpoint.name} is not in docs/SECURITY.md`);
      const { databaseState } = await import("@/lib/tenant-data/testing/database-checksum");
      for (const role of roles) {
        session.viewer = as(role);
        // A public endpoint (the health check) answers everyone, signed in or not.
        const allowed = permission === "public" || (role !== null && can(role, permission));
        const before = allowed ? null : await databaseState();
        expect(await refused(endpoint), `${role ?? "no session"} on ${endpoint.name}`).toBe(!allowed);
        if (before) expect(await databaseState(), `${role ?? "no session"} changed data through ${endpoint.name}`).toEqual(before);
      }
    });
  }
});
