import { describe, expect, it } from "vitest";
import { evaluateTenant } from "@/lib/rules/engine";
import type { RuleResult } from "@/lib/rules/types";
import { TenantSnapshot, type AgentSession } from "@/lib/validations/snapshot";
import { buildContosoSnapshot } from "@/prisma/demo";
import { agentSessionId, agentSessionKeys as k, replayDeviceId } from "@/prisma/demo/contoso-agents";
import { demoNow } from "@/prisma/factories/clock";

/**
 * The Contoso demo's agent scenarios through the rule engine (the one implementation of the AGT
 * rules): each scenario's verdict, and the events its evidence points at.
 */
const snapshot = TenantSnapshot.parse(buildContosoSnapshot());
const { results } = evaluateTenant(snapshot, { now: demoNow });
const session = (key: string): AgentSession => snapshot.agentSessions.find((s) => s.id === agentSessionId(key))!;
const verdict = (ruleId: string, key: string): RuleResult => {
  const found = results.find((r) => r.ruleId === ruleId && r.entityId === agentSessionId(key));
  if (!found) throw new Error(`${ruleId} has no result on ${key}`);
  return found;
};
const eventOf = (key: string, type: string, pick: (e: AgentSession["events"][number]) => boolean = () => true) => session(key).events.find((e) => e.type === type && pick(e))!;
const eventRefs = (result: RuleResult) => result.evidence.filter((e) => e.ref?.entityType === "agentSessionEvent").map((e) => e.ref!.entityId);

describe("the Contoso agent scenarios, judged by the rule engine", () => {
  it("a clean session passes every agent rule", () => {
    const agentResults = results.filter((r) => r.entityId === agentSessionId(k.clean) && r.ruleId.startsWith("AGT-"));
    expect(agentResults.map((r) => [r.ruleId, r.status])).toEqual([
      ["AGT-001", "pass"], ["AGT-002", "pass"], ["AGT-003", "pass"], ["AGT-004", "pass"], ["AGT-005", "pass"], ["AGT-006", "pass"],
    ]);
  });

  it("a replayed token fails AGT-002, citing the presentation from the other device and the issue that bound it", () => {
    const result = verdict("AGT-002", k.replay);
    expect(result.status).toBe("fail");
    const replayed = eventOf(k.replay, "tokenPresented", (e) => e.deviceId === replayDeviceId);
    const issued = eventOf(k.replay, "tokenIssued");
    expect(result.evidence).toContainEqual({ label: "Token presented from device", value: replayDeviceId, ref: { entityType: "agentSessionEvent", entityId: replayed.id } });
    expect(result.evidence).toContainEqual({ label: "Token bound to device", value: session(k.replay).cloudPcId, ref: { entityType: "agentSessionEvent", entityId: issued.id } });
    // The earlier presentation from the bound Cloud PC is not evidence of the replay.
    const honest = eventOf(k.replay, "tokenPresented", (e) => e.deviceId !== replayDeviceId);
    expect(eventRefs(result)).not.toContain(honest.id);
  });

  it("a missed reset fails AGT-001 on the session that got the unreset Cloud PC, not on the one that left it", () => {
    const missed = verdict("AGT-001", k.missedReset);
    expect(missed.status).toBe("fail");
    expect(missed.evidence).toContainEqual({ label: "Previous agent session on this Cloud PC", value: session(k.leftDirty).startedAt, ref: { entityType: "agentSession", entityId: agentSessionId(k.leftDirty) } });
    expect(missed.evidence).toContainEqual({ label: "Cloud PC reset between the two sessions", value: false });
    expect(verdict("AGT-001", k.leftDirty).status).toBe("pass");
    // Reuse after a reset passes, citing the reset event of the session before.
    const reuse = verdict("AGT-001", k.cleanReuse);
    expect(reuse.status).toBe("pass");
    expect(eventRefs(reuse)).toEqual([eventOf(k.clean, "cloudPcReset").id]);
  });

  it("a risk signal followed by revocation passes AGT-004; one not followed fails, citing the signal", () => {
    const revoked = verdict("AGT-004", k.riskRevoked);
    expect(revoked.status).toBe("pass");
    expect(eventRefs(revoked)).toEqual([eventOf(k.riskRevoked, "riskSignalChanged").id, eventOf(k.riskRevoked, "accessRevoked").id]);

    const ignored = verdict("AGT-004", k.riskIgnored);
    expect(ignored.status).toBe("fail");
    const signal = eventOf(k.riskIgnored, "riskSignalChanged");
    expect(ignored.evidence).toContainEqual({ label: `Risk signal rose at ${signal.at}`, value: "high", ref: { entityType: "agentSessionEvent", entityId: signal.id } });
    expect(ignored.evidence).toContainEqual({ label: "Access revoked", value: false, ref: { entityType: "agentSession", entityId: agentSessionId(k.riskIgnored) } });
  });

  it("the other agent rules fail on their scenarios, citing the channel event where the Cloud PC differs", () => {
    expect(verdict("AGT-003", k.unassignedAgent).status).toBe("fail");
    const wrong = verdict("AGT-003", k.wrongCloudPc);
    expect(wrong.status).toBe("fail");
    expect(eventRefs(wrong)).toEqual([eventOf(k.wrongCloudPc, "secureChannelOpened").id]);
    expect(verdict("AGT-005", k.credentialsLeft).status).toBe("fail");
    expect(verdict("AGT-006", k.interactive).status).toBe("fail");
    expect(verdict("AGT-006", k.unrecorded).status).toBe("unknown");
  });
});
