import type { AgentSessionEvent } from "../validations/snapshot";
import { eachSession, eventRef, sessionRef } from "./agent-evidence";
import { agentLifecycleRules } from "./agents-lifecycle";
import { agentSessionSubject } from "./subjects";
import type { AgentSessionEntry, CloudPcReset, TenantIndex } from "./tenant-index";
import type { EvidenceItem, RuleDefinition, RuleResult } from "./types";
import { assess } from "./assessment";

/** Windows 365 for Agents (seed 000): isolation between sessions, device-bound tokens, pool assignment. */

/** The first reset strictly after `afterMs`, by binary search over the Cloud PC's sorted resets. */
function firstResetAfter(resets: readonly CloudPcReset[], afterMs: number): CloudPcReset | null {
  let low = 0;
  let high = resets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (resets[middle].atMs > afterMs) high = middle;
    else low = middle + 1;
  }
  return resets[low] ?? null;
}

function judgeReset(index: TenantIndex, entry: AgentSessionEntry, previous: AgentSessionEntry | undefined): RuleResult {
  const v = assess("AGT-001", agentSessionSubject(entry, index));
  const cloudPcId = entry.session.cloudPcId as string;
  v.note({ label: "Cloud PC acquired", value: cloudPcId, ref: { entityType: "cloudPc", entityId: cloudPcId } });
  if (!previous) return v.note({ label: "Earlier agent sessions on this Cloud PC", value: 0 }).result();
  v.note({ label: "Previous agent session on this Cloud PC", value: previous.session.startedAt, ref: sessionRef(previous) });
  if (!Number.isFinite(entry.startMs) || !Number.isFinite(previous.startMs)) {
    return v.missing(`The start times of agent sessions ${previous.session.id} and ${entry.session.id} as ISO dates (startedAt)`).result();
  }
  const reset = firstResetAfter(index.cloudPcResetsByCloudPcId.get(cloudPcId) ?? [], previous.startMs);
  if (reset && reset.atMs <= entry.startMs) return v.note({ label: "Cloud PC reset before reuse", value: reset.event.at, ref: eventRef(reset.event) }).result();
  return v.fail({ label: "Cloud PC reset between the two sessions", value: false }).result();
}

export const agentRules: RuleDefinition[] = [
  {
    id: "AGT-001",
    title: "A pooled Cloud PC served a new agent session without a reset after the last one",
    severity: "critical",
    stalls: false,
    phase: "agentSession",
    entityType: "agentSession",
    rationale:
      "Agent sessions rely on a clean boundary: each session runs in a dedicated environment and the Cloud PC is reset before reuse, so no credentials persist and no trust carries across workloads. A Cloud PC handed to a new session without a reset carries the last agent's state and tokens into it.",
    remediation: [
      "Quarantine the Cloud PC and reset it before it returns to the pool.",
      "Review what the second session could reach from the first session's state.",
      "Report the missing reset to Microsoft support: the service resets pooled Cloud PCs on release.",
    ],
    source: "seed 000 isolation and reset",
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const sessions of index.agentSessionsByCloudPcId.values()) {
        sessions.forEach((entry, position) => results.push(judgeReset(index, entry, sessions[position - 1])));
      }
      for (const entry of index.agentSessions) {
        if (entry.session.cloudPcId) continue;
        const v = assess("AGT-001", agentSessionSubject(entry, index));
        results.push(v.missing(`The Cloud PC acquired for agent session ${entry.session.id} (cloudPcId)`).result());
      }
      return results;
    },
  },
  {
    id: "AGT-002",
    title: "An agent session token was presented from a device other than the one it is bound to",
    severity: "critical",
    stalls: false,
    phase: "agentSession",
    entityType: "agentSession",
    rationale:
      "Agent session tokens are cryptographically bound to the device, so a token cannot be replayed from another device. A token presented from a different device than the one it was issued for is a replay attempt, and the session's device binding has been broken.",
    remediation: [
      "Revoke the agent identity's sessions and tokens in Entra ID.",
      "Investigate the device the token was presented from.",
      "Require token protection (device-bound tokens) in the Conditional Access policy for agent identities.",
    ],
    source: "seed 000 token security",
    evaluate: ({ index }) =>
      eachSession(index, "AGT-002", (entry, v) => {
        let bound: AgentSessionEvent | null = entry.events.find((event) => event.type === "tokenIssued" && event.boundDeviceId) ?? null;
        let presented = 0;
        for (const event of entry.events) {
          if (event.type === "tokenIssued" && event.boundDeviceId) bound = event;
          if (event.type !== "tokenPresented") continue;
          presented += 1;
          const item: EvidenceItem = { label: "Token presented from device", value: event.deviceId ?? null, ref: eventRef(event) };
          if (!bound) v.missing(`The device the session token is bound to (boundDeviceId of a tokenIssued event in session ${entry.session.id})`, item);
          else if (!event.deviceId) v.missing(`The device the token was presented from (deviceId of event ${event.id})`, item);
          else if (event.deviceId !== bound.boundDeviceId) {
            v.fail(item);
          }
        }
        if (presented === 0) return v.note({ label: "Tokens presented", value: 0, ref: sessionRef(entry) });
        if (bound) v.note({ label: "Token bound to device", value: bound.boundDeviceId ?? null, ref: eventRef(bound) }, { label: "Tokens presented", value: presented, ref: sessionRef(entry) });
        return v;
      }),
  },
  ...agentLifecycleRules,
];
