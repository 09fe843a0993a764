import { describe, expect, it } from "vitest";
import { parseAgentEventLog } from "./parse";

const event = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({ sessionId: "s-1", agentId: "agent-1", poolId: "pool-1", eventId: "e-1", type: "cloudPcAcquired", at: "2025-11-20T08:00:00Z", cloudPcId: "cpc-1", ...fields });

function errorsOf(text: string) {
  const result = parseAgentEventLog(text);
  if (result.ok) throw new Error("expected the log to be refused");
  return result.errors;
}

describe("parseAgentEventLog", () => {
  it("groups events into sessions in file order, normalizes times to UTC and skips blank lines", () => {
    const text = [
      '{"record":"agent","id":"agent-1","displayName":"Invoice Agent"}',
      "",
      event({ at: "2025-11-20T09:00:00+01:00" }),
      event({ eventId: "e-2", type: "tokenIssued", at: "2025-11-20T08:01:00Z", cloudPcId: null, boundDeviceId: "cpc-1", authMode: "tokenExchange" }),
    ].join("\r\n");
    const result = parseAgentEventLog(`\uFEFF${text}\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = result.log.sessions.get("s-1")!;
    expect(session.events.map((e) => [e.eventId, e.at, e.line])).toEqual([
      ["e-1", "2025-11-20T08:00:00.000Z", 3],
      ["e-2", "2025-11-20T08:01:00.000Z", 4],
    ]);
    expect(result.log.agents.get("agent-1")?.displayName).toBe("Invoice Agent");
  });

  it("reports every bad line with its number and what is wrong", () => {
    const text = [
      event(),
      "{not json",
      event({ eventId: "e-2", type: "tokenTeleported" }),
      event({ eventId: "e-3", at: "yesterday" }),
      event({ eventId: "e-4", type: "tokenPresented", boundDeviceId: "cpc-1" }),
      event({ eventId: "e-1" }),
      event({ eventId: "e-5", agentId: "agent-2" }),
      event({ eventId: "e-6", colour: "blue" }),
      event({ eventId: "e-7", type: "riskSignalChanged" }),
      '{"record":"pool","id":"pool-1","displayName":"Finance"}',
      '["an","array"]',
      '{"record":"cloudPc","id":"x"}',
    ].join("\n");
    const errors = errorsOf(text);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(errors[0].message).toMatch(/not valid JSON/);
    expect(errors[1].message).toMatch(/^event: type:/);
    expect(errors[2].message).toMatch(/^event: at: must be an ISO 8601 date-time/);
    expect(errors[3].message).toBe("boundDeviceId (the device an issued token is bound to) belongs on tokenIssued events, not on tokenPresented");
    expect(errors[4].message).toBe("event e-1 of session s-1 is already on line 1");
    expect(errors[5].message).toBe("session s-1 has agent agent-1 on line 1, not agent-2");
    expect(errors[6].message).toBe("event: unknown field colour");
    expect(errors[7].message).toMatch(/needs its new riskLevel/);
    expect(errors[8].message).toMatch(/^pool: assignedAgentIds/);
    expect(errors[9].message).toBe("each line must be one JSON object");
    expect(errors[10].message).toMatch(/unknown record "cloudPc"/);
  });

  it("refuses a session that acquires two Cloud PCs and a Cloud PC listed in two pools", () => {
    const pool = (id: string, cloudPcId: string) => JSON.stringify({ record: "pool", id, displayName: id, assignedAgentIds: [], cloudPcs: [{ id: cloudPcId }] });
    const errors = errorsOf([event(), event({ eventId: "e-2", cloudPcId: "cpc-2" }), pool("pool-1", "cpc-1"), pool("pool-2", "cpc-1")].join("\n"));
    expect(errors).toEqual([
      { line: 2, message: "session s-1 acquired Cloud PC cpc-1 on line 1: one session acquires one Cloud PC" },
      { line: 4, message: "Cloud PC cpc-1 is already listed in pool pool-1 on line 3: a Cloud PC belongs to one pool" },
    ]);
  });

  it("refuses an empty file and counts errors beyond the ones it lists", () => {
    expect(errorsOf("\n\n")).toEqual([{ line: null, message: "The file holds no records." }]);
    const result = parseAgentEventLog(Array.from({ length: 150 }, () => "garbage").join("\n"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(100);
    expect(result.errorCount).toBe(150);
  });
});
