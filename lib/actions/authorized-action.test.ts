import { describe, it, expect, vi, beforeEach } from "vitest";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));

const { authorizedAction } = await import("./authorized-action");
const { withPermission } = await import("@/lib/api/with-permission");

const as = (role: Viewer["role"]): Viewer => ({ id: `${role}-id`, email: `${role}@x.test`, name: role, role });
const schema = z.object({ name: z.string().min(2, "Too short"), count: z.coerce.number().int().min(1) });

describe("authorizedAction", () => {
  const work = vi.fn(async (input: z.infer<typeof schema>) => ({ ok: true as const, message: `saved ${input.name} x${input.count}` }));
  const action = authorizedAction("tenant:edit", schema, work);
  beforeEach(() => {
    work.mockClear();
    session.viewer = null;
  });

  it("refuses a caller without a session and does no work", async () => {
    expect(await action({ name: "ok", count: 1 })).toEqual({ ok: false, message: expect.stringContaining("Sign in") });
    expect(work).not.toHaveBeenCalled();
  });

  it.each(["viewer", "helpdesk"] as const)("refuses a %s on an admin-only action and does no work", async (role) => {
    session.viewer = as(role);
    const result = await action({ name: "ok", count: 1 });
    expect(result).toEqual({ ok: false, message: "Your role does not allow this." });
    expect(work).not.toHaveBeenCalled();
  });

  it("returns per-field errors for bad input and does no work", async () => {
    session.viewer = as("admin");
    const result = await action({ name: "x", count: "zero" });
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error("unreachable");
    expect(result.fieldErrors?.name).toEqual(["Too short"]);
    expect(result.fieldErrors?.count?.length).toBe(1);
    expect(work).not.toHaveBeenCalled();
  });

  it("coerces FormData and runs the work for an admin", async () => {
    session.viewer = as("admin");
    const form = new FormData();
    form.set("name", "Contoso");
    form.set("count", "3");
    expect(await action(form)).toEqual({ ok: true, message: "saved Contoso x3" });
    expect(work).toHaveBeenCalledOnce();
  });

  it("shows an expected error's message and hides an unexpected one", async () => {
    session.viewer = as("admin");
    const failing = authorizedAction("tenant:read", z.object({}), async () => {
      throw new DomainError("conflict", "Someone else changed this record.");
    });
    expect(await failing({})).toEqual({ ok: false, message: "Someone else changed this record." });
    const crashing = authorizedAction("tenant:read", z.object({}), async () => {
      throw new Error("secret internals");
    });
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await crashing({});
    spy.mockRestore();
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain("secret internals");
  });
});

describe("withPermission", () => {
  const handler = vi.fn(async () => new Response("ok"));
  const route = withPermission("import", handler);
  const call = () => route(new Request("http://localhost/api/x", { method: "POST" }), { params: Promise.resolve({}) });
  beforeEach(() => handler.mockClear());

  it("answers 401 JSON without a session", async () => {
    session.viewer = null;
    const res = await call();
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: "unauthenticated" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 403 JSON to a role without the permission", async () => {
    session.viewer = as("helpdesk");
    const res = await call();
    expect(res.status).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });

  it("runs the handler for a role with the permission", async () => {
    session.viewer = as("admin");
    const res = await call();
    expect(res.status).toBe(200);
    expect(handler).toHaveBeenCalledOnce();
  });
});
