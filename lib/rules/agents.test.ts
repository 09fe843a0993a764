import { describe, expect, it } from "vitest";
import { agentEvent, agentPoolParts, agentSession, cloudPcFor, evaluateRule, resultFor, tenantSnapshot, type AgentSessionInput } from "./testing/builders";

const tenantWith = (...sessions: AgentSessionInput[]) => tenantSnapshot(agentPoolParts(sessions));

describe("AGT-001 the Cloud PC is reset before reuse", () => {
  const first = (events = [agentEvent("e-reset", "cloudPcReset", "2026-05-01T10:31:00Z", { cloudPcId: "cpca-1" })]) =>
    agentSession("s-1", { startedAt: "2026-05-01T10:00:00Z", endedAt: "2026-05-01T10:30:00Z", events });
  const second = agentSession("s-2", { startedAt: "2026-05-01T11:00:00Z", endedAt: "2026-05-01T11:20:00Z" });

  it("fails when a pooled Cloud PC serves a new session with no reset after the last one", () => {
    const result = resultFor("AGT-001", tenantWith(first([]), second), "s-2");
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "Previous agent session on this Cloud PC", value: "2026-05-01T10:00:00Z", ref: { entityType: "agentSession", entityId: "s-1" } });
    expect(result.related).toEqual({ cloudPcId: "cpca-1" });
  });

  it("passes when the release reset the Cloud PC, citing the reset event; the first session has nothing before it", () => {
    const results = evaluateRule("AGT-001", tenantWith(second, first()));
    expect(results.map((r) => [r.entityId, r.status])).toEqual([
      ["s-1", "pass"],
      ["s-2", "pass"],
    ]);
    expect(results[1].evidence).toContainEqual({ label: "Cloud PC reset before reuse", value: "2026-05-01T10:31:00Z", ref: { entityType: "agentSessionEvent", entityId: "e-reset" } });
  });

  it("does not count a reset that happened before the earlier session started", () => {
    const early = agentSession("s-0", { startedAt: "2026-05-01T09:00:00Z", endedAt: "2026-05-01T09:10:00Z", events: [agentEvent("e-old", "cloudPcReset", "2026-05-01T09:50:00Z")] });
    expect(resultFor("AGT-001", tenantWith(early, first([]), second), "s-2").status).toBe("fail");
  });

  it("is unknown when the session does not record the Cloud PC it acquired", () => {
    const result = resultFor("AGT-001", tenantWith(agentSession("s-3", { cloudPcId: null })), "s-3");
    expect(result.status).toBe("unknown");
    expect(result.missing).toMatch(/cloudPcId/);
  });
});

describe("AGT-002 session tokens can't be replayed across devices", () => {
  const issued = agentEvent("e-issued", "tokenIssued", "2026-05-01T10:00:05Z", { boundDeviceId: "cpca-1" });

  it("fails when a token is presented from a device other than the one it is bound to", () => {
    const replay = agentEvent("e-replay", "tokenPresented", "2026-05-01T10:05:00Z", { deviceId: "LAPTOP-EVIL" });
    const result = resultFor("AGT-002", tenantWith(agentSession("s-1", { events: [replay, issued] })), "s-1");
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "Token presented from device", value: "LAPTOP-EVIL", ref: { entityType: "agentSessionEvent", entityId: "e-replay" } });
    expect(result.evidence).toContainEqual({ label: "Token bound to device", value: "cpca-1", ref: { entityType: "agentSessionEvent", entityId: "e-issued" } });
  });

  it("passes when every presentation comes from the bound device", () => {
    const presented = agentEvent("e-presented", "tokenPresented", "2026-05-01T10:05:00Z", { deviceId: "cpca-1" });
    expect(resultFor("AGT-002", tenantWith(agentSession("s-1", { events: [issued, presented] })), "s-1").status).toBe("pass");
  });

  it("is unknown when tokens were presented but no issued token names its bound device", () => {
    const presented = agentEvent("e-presented", "tokenPresented", "2026-05-01T10:05:00Z", { deviceId: "cpca-1" });
    expect(resultFor("AGT-002", tenantWith(agentSession("s-1", { events: [presented] })), "s-1").missing).toMatch(/bound/);
  });
});

describe("AGT-003 only authorized agents can connect to the assigned Cloud PC", () => {
  it("fails when the agent is not assigned to the pool", () => {
    const result = resultFor("AGT-003", tenantWith(agentSession("s-1", { agentId: "agent-stranger" })), "s-1");
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual(expect.objectContaining({ label: "Agent agent-stranger assigned to pool Finance agents", value: false }));
  });

  it("fails when the secure channel opens to a different Cloud PC than the one acquired", () => {
    const channel = agentEvent("e-channel", "secureChannelOpened", "2026-05-01T10:00:02Z", { cloudPcId: "cpca-9" });
    const result = resultFor("AGT-003", tenantWith(agentSession("s-1", { events: [channel] })), "s-1");
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "Secure channel opened to another Cloud PC", value: "cpca-9", ref: { entityType: "agentSessionEvent", entityId: "e-channel" } });
  });

  it("fails when the Cloud PC belongs to another pool", () => {
    const parts = agentPoolParts([agentSession("s-1")]);
    const snapshot = tenantSnapshot({ ...parts, cloudPCs: [cloudPcFor(null, { id: "cpca-1", displayName: "CPCA-0001", sightline: { agentPoolId: "pool-hr" } })] });
    expect(resultFor("AGT-003", snapshot, "s-1").status).toBe("fail");
  });

  it("passes for an assigned agent on a Cloud PC of its pool", () => {
    const channel = agentEvent("e-channel", "secureChannelOpened", "2026-05-01T10:00:02Z", { cloudPcId: "cpca-1" });
    expect(resultFor("AGT-003", tenantWith(agentSession("s-1", { events: [channel] })), "s-1").status).toBe("pass");
  });

  it("is unknown when the acquired Cloud PC is not recorded", () => {
    expect(resultFor("AGT-003", tenantWith(agentSession("s-1", { cloudPcId: null })), "s-1").status).toBe("unknown");
  });
});

describe("AGT-004 access can be revoked dynamically as conditions change", () => {
  const risk = (level = "high") => agentEvent("e-risk", "riskSignalChanged", "2026-05-01T10:10:00Z", { riskLevel: level });

  it("fails when a risk signal rose and access was not revoked after it", () => {
    const revokedEarlier = agentEvent("e-revoked", "accessRevoked", "2026-05-01T10:05:00Z");
    const result = resultFor("AGT-004", tenantWith(agentSession("s-1", { events: [risk(), revokedEarlier] })), "s-1");
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "Risk signal rose at 2026-05-01T10:10:00Z", value: "high", ref: { entityType: "agentSessionEvent", entityId: "e-risk" } });
  });

  it("passes when access was revoked after the signal rose", () => {
    const revoked = agentEvent("e-revoked", "accessRevoked", "2026-05-01T10:10:01Z");
    expect(resultFor("AGT-004", tenantWith(agentSession("s-1", { events: [revoked, risk()] })), "s-1").status).toBe("pass");
  });

  it("passes when the signal only fell back to none", () => {
    expect(resultFor("AGT-004", tenantWith(agentSession("s-1", { events: [risk("none")] })), "s-1").status).toBe("pass");
  });
});

describe("AGT-005 no credentials persist after the session", () => {
  const ended = (credentialsRemainedAfterEnd: boolean | null) => tenantWith(agentSession("s-1", { credentialsRemainedAfterEnd }));

  it("fails when credentials remained after the session ended", () => {
    expect(resultFor("AGT-005", ended(true), "s-1").status).toBe("fail");
  });

  it("passes when none remained, and skips sessions still running", () => {
    expect(resultFor("AGT-005", ended(false), "s-1").status).toBe("pass");
    expect(evaluateRule("AGT-005", tenantWith(agentSession("s-2", { endedAt: null, credentialsRemainedAfterEnd: true })))).toEqual([]);
  });

  it("is unknown when it was not checked", () => {
    expect(resultFor("AGT-005", ended(null), "s-1").status).toBe("unknown");
  });
});

describe("AGT-006 interactive authentication is replaced with service-to-service trust and secure token exchange", () => {
  const withMode = (authMode: AgentSessionInput["authMode"]) => tenantWith(agentSession("s-1", { authMode }));

  it("fails when the session used interactive authentication", () => {
    expect(resultFor("AGT-006", withMode("interactive"), "s-1").status).toBe("fail");
  });

  it("passes with token exchange", () => {
    expect(resultFor("AGT-006", withMode("tokenExchange"), "s-1").status).toBe("pass");
  });

  it("is unknown when the mode is not recorded", () => {
    expect(resultFor("AGT-006", withMode(null), "s-1").missing).toMatch(/authMode/);
  });
});
