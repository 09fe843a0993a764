import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonPath, parseSnapshot } from "./parse";

const minimal = { snapshotVersion: 1, tenant: { displayName: "Contoso", cloud: "commercial", edition: "enterprise" } };

describe("parseSnapshot", () => {
  it("accepts the example snapshot and fills the sections it leaves out", () => {
    const example = JSON.parse(readFileSync(path.resolve(__dirname, "../../docs/example-snapshot.json"), "utf8"));
    const result = parseSnapshot(example);
    expect(result.ok).toBe(true);
    const bare = parseSnapshot(minimal);
    expect(bare.ok && bare.snapshot.users).toEqual([]);
  });

  it("keeps Graph properties Sightline does not model, and Graph enum values it does not know", () => {
    const result = parseSnapshot({ ...minimal, cloudPCs: [{ id: "pc", displayName: "CPC-1", status: "someFutureStatus", aadDeviceId: "x" }] });
    expect(result.ok && result.snapshot.cloudPCs[0]).toMatchObject({ status: "someFutureStatus", aadDeviceId: "x" });
  });

  it("reports schema problems with the JSON path of the value", () => {
    const result = parseSnapshot({ ...minimal, cloudPCs: [{ id: "pc", displayName: "CPC-1", sightline: { installedUpdates: [{ kb: "5065789", month: "2025-09" }] } }] });
    expect(result).toEqual({ ok: false, issues: [{ path: "$.cloudPCs[0].sightline.installedUpdates[0].kb", message: "a KB number such as KB5065789" }] });
  });

  it("reports a missing tenant at its path", () => {
    const result = parseSnapshot({ snapshotVersion: 1 });
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(["$.tenant"]);
  });

  it("reports clients and agent sessions that point at nothing", () => {
    const result = parseSnapshot({
      ...minimal,
      clients: [{ id: "c1", userId: "ghost", app: "windowsAppWeb" }],
      agentSessions: [{ id: "s1", agentId: "a?", poolId: "p?", startedAt: "2026-01-01T00:00:00Z", events: [] }],
    });
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(["$.clients[0].userId", "$.agentSessions[0].agentId", "$.agentSessions[0].poolId"]);
  });
});

describe("jsonPath", () => {
  it("quotes keys that are not identifiers", () => {
    expect(jsonPath(["authenticationMethodsPolicy", "authenticationMethodConfigurations", 0, "@odata.type"])).toBe(
      '$.authenticationMethodsPolicy.authenticationMethodConfigurations[0]["@odata.type"]',
    );
  });
});
