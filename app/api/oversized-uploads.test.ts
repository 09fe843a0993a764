import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import { MAX_DIAGNOSIS_REQUEST_BYTES } from "@/lib/diagnosis/request-limit";
import { MAX_LOG_BYTES } from "@/lib/import/agent-events";
import { importLimits } from "@/lib/import/limits";
import { databaseState } from "@/lib/tenant-data/testing/database-checksum";
import { MAX_SNAPSHOT_BYTES } from "@/lib/tenant-data/import-snapshot";
import { createTenant } from "@/lib/import/testing/tenants";

// Every upload endpoint (and the diagnosis, which takes JSON) refuses a body over its limit with 413 as soon as it knows: from a declared
// Content-Length before reading, and while it streams in when the length is missing or lies.
const admin: Viewer = { id: "admin-id", email: "admin@sightline.test", name: "admin", role: "admin" };
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => admin }));

type Route = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const routes: { name: string; limit: number; load: () => Promise<Route>; query?: (tenantId: string) => string; contentType?: string }[] = [
  { name: "POST /api/import/preview", limit: importLimits.maxUploadBytes, load: async () => (await import("./import/preview/route")).POST, contentType: "multipart/form-data; boundary=x" },
  { name: "POST /api/import/commit", limit: importLimits.maxUploadBytes, load: async () => (await import("./import/commit/route")).POST, contentType: "multipart/form-data; boundary=x" },
  { name: "POST /api/agents/import", limit: MAX_LOG_BYTES, load: async () => (await import("./agents/import/route")).POST, query: (tenantId) => `?tenantId=${tenantId}&dryRun=0` },
  { name: "POST /api/snapshots", limit: MAX_SNAPSHOT_BYTES, load: async () => (await import("./snapshots/route")).POST },
  { name: "POST /api/diagnosis", limit: MAX_DIAGNOSIS_REQUEST_BYTES, load: async () => (await import("./diagnosis/route")).POST, contentType: "application/json" },
];

const chunk = new Uint8Array(8 * 1024 * 1024).fill(0x7b);

/** A body that streams chunks until `total` bytes, counting what the route pulled. */
function streamingBody(total: number) {
  const counter = { sent: 0, pulled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        counter.pulled = true;
        if (counter.sent >= total) return controller.close();
        counter.sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { body, counter };
}

/**
 * A request as the server receives it. fetch's Request drops Content-Length (a forbidden header), so
 * one that declares a length is the same object shape with the header kept.
 */
function upload(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>): Request {
  if (!("content-length" in headers)) return new Request(url, { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { url, method: "POST", body, headers: new Headers(headers) } as unknown as Request;
}

let tenantId: string;
beforeAll(async () => {
  tenantId = await createTenant("Oversized uploads", { users: [{ id: "u-1", userPrincipalName: "kept@contoso.com" }] });
});

describe.each(routes)("$name", ({ limit, load, query, contentType }) => {
  const url = () => `http://127.0.0.1/api/x${query ? query(tenantId) : ""}`;
  const headers = (extra: Record<string, string> = {}) => ({ ...(contentType ? { "content-type": contentType } : {}), ...extra });

  async function refusedAsTooLarge(request: Request) {
    const before = await databaseState();
    const response = await (await load())(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: "too_large", message: expect.stringMatching(/larger than (the )?\d+ (MB|KB)/) });
    expect(await databaseState()).toEqual(before);
  }

  it("refuses a declared length over the limit before reading a byte", async () => {
    const { body, counter } = streamingBody(limit * 2);
    await refusedAsTooLarge(upload(url(), body, headers({ "content-length": String(limit * 2) })));
    expect(counter.pulled).toBe(false);
  });

  it("stops reading a body sent without a length soon after it passes the limit", async () => {
    const { body, counter } = streamingBody(limit * 3);
    await refusedAsTooLarge(upload(url(), body, headers()));
    expect(counter.sent).toBeLessThanOrEqual(limit + 2 * chunk.byteLength);
  });

  it("stops reading a body that declares less than it sends", async () => {
    const { body, counter } = streamingBody(limit * 3);
    await refusedAsTooLarge(upload(url(), body, headers({ "content-length": "1024" })));
    expect(counter.sent).toBeLessThanOrEqual(limit + 2 * chunk.byteLength);
  });
});
