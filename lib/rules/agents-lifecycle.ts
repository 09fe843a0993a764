import { eachSession, eventRef, sessionRef } from "./agent-evidence";
import type { RuleDefinition } from "./types";

/** Agent session lifecycle: assignment, continuous verification, release and the way the agent authenticates (seed 000). */

// A signal that falls back to "none" has not risen: it asks for no revocation.
const clearedRiskLevels = new Set(["none"]);

export const agentLifecycleRules: RuleDefinition[] = [
  {
    id: "AGT-003",
    title: "An agent connected to a Cloud PC not assigned to it",
    severity: "critical",
    stalls: false,
    phase: "agentSession",
    entityType: "agentSession",
    rationale:
      "Authentication is bound to the device so that only authorized agents can connect to the assigned Cloud PC: an agent acquires a Cloud PC from a pool it is assigned to, and its secure channel opens to that Cloud PC. An agent outside the pool, a Cloud PC from another pool, or a channel to a different Cloud PC breaks that boundary.",
    remediation: [
      "End the session and reset the Cloud PC it reached.",
      "Check the pool's assigned agents in the provisioning policy (Agents) and remove any agent that should not be there.",
      "Review the agent identity's sign-in logs for other Cloud PCs it reached.",
    ],
    source: "seed 000 session lifecycle",
    evaluate: ({ index }) =>
      eachSession(index, "AGT-003", (entry, v) => {
        const { session } = entry;
        const pool = index.agentPoolsById.get(session.poolId);
        const poolName = pool?.pool.displayName ?? session.poolId;
        if (!pool) v.missing(`The agent pool ${session.poolId} and its assigned agents (agentPools)`);
        else {
          const item = { label: `Agent ${session.agentId} assigned to pool ${poolName}`, value: pool.assignedAgentIds.has(session.agentId), ref: sessionRef(entry) };
          if (item.value) v.note(item);
          else v.fail(item);
        }

        if (!session.cloudPcId) return v.missing(`The Cloud PC acquired for agent session ${session.id} (cloudPcId)`);
        const cloudPc = index.cloudPcsById.get(session.cloudPcId);
        const cloudPcPool = cloudPc?.cloudPc.sightline?.agentPoolId ?? null;
        const ref = { entityType: "cloudPc" as const, entityId: session.cloudPcId };
        if (cloudPcPool === null) v.missing(`The agent pool of Cloud PC ${cloudPc?.cloudPc.displayName ?? session.cloudPcId} (sightline.agentPoolId)`);
        else if (cloudPcPool !== session.poolId) v.fail({ label: "Agent pool of the Cloud PC acquired", value: cloudPcPool, ref });
        else v.note({ label: "Agent pool of the Cloud PC acquired", value: cloudPcPool, ref });

        for (const event of entry.events) {
          if (event.type === "secureChannelOpened" && event.cloudPcId && event.cloudPcId !== session.cloudPcId) {
            v.fail({ label: "Secure channel opened to another Cloud PC", value: event.cloudPcId, ref: eventRef(event) });
          }
        }
        return v;
      }),
  },
  {
    id: "AGT-004",
    title: "A risk or device signal rose during an agent session and access was not revoked",
    severity: "high",
    stalls: false,
    phase: "agentSession",
    entityType: "agentSession",
    rationale:
      "Zero Trust applies throughout an agent session: risk and device signals are evaluated continuously and access can be revoked as conditions change. A signal that rose with no revocation after it means the agent kept acting under conditions the policy should have stopped.",
    remediation: [
      "Revoke the agent identity's sessions and investigate the risk detection.",
      "Add a Conditional Access policy for agent identities that blocks on sign-in or agent risk, with continuous access evaluation.",
    ],
    source: "seed 000 continuous verification",
    evaluate: ({ index }) =>
      eachSession(index, "AGT-004", (entry, v) => {
        const lastRevocation = entry.events.findLastIndex((event) => event.type === "accessRevoked");
        const risen = entry.events
          .map((event, position) => ({ event, position }))
          .filter(({ event }) => event.type === "riskSignalChanged" && !clearedRiskLevels.has((event.riskLevel ?? "").toLowerCase()));
        if (risen.length === 0) return v.note({ label: "Risk or device signals that rose", value: 0, ref: sessionRef(entry) });
        for (const { event, position } of risen) {
          const item = { label: `Risk signal rose at ${event.at}`, value: event.riskLevel ?? null, ref: eventRef(event) };
          if (position > lastRevocation) v.fail(item);
          else v.note(item);
        }
        if (lastRevocation >= 0) {
          const revoked = entry.events[lastRevocation];
          v.note({ label: "Access revoked", value: revoked.at, ref: eventRef(revoked) });
        } else v.note({ label: "Access revoked", value: false, ref: sessionRef(entry) });
        return v;
      }),
  },
  {
    id: "AGT-005",
    title: "Credentials persisted on a Cloud PC after its agent session ended",
    severity: "critical",
    stalls: false,
    phase: "agentSession",
    entityType: "agentSession",
    rationale:
      "When an agent's task completes the session ends and the Cloud PC is reset: no credentials persist, so the next session starts from a known, secure baseline. Credentials left behind after the session can be used by whatever runs on that Cloud PC next.",
    remediation: [
      "Reset the Cloud PC now and revoke the credentials that remained.",
      "Find why the reset did not clear them (a failed reset, or a store outside the reset's scope) and fix it before the Cloud PC returns to the pool.",
    ],
    source: "seed 000 isolation and reset",
    evaluate: ({ index }) =>
      eachSession(index, "AGT-005", (entry, v) => {
        const { session } = entry;
        if (!session.endedAt) return null;
        const remained = session.credentialsRemainedAfterEnd ?? null;
        const item = { label: "Credentials remained after the session ended", value: remained, ref: sessionRef(entry) };
        v.note({ label: "Session ended", value: session.endedAt, ref: sessionRef(entry) });
        if (remained === null) return v.missing(`Whether credentials remained on the Cloud PC after agent session ${session.id} ended (credentialsRemainedAfterEnd)`);
        return remained ? v.fail(item) : v.note(item);
      }),
  },
  {
    id: "AGT-006",
    title: "An agent session used interactive authentication instead of service-to-service token exchange",
    severity: "medium",
    stalls: false,
    phase: "agentSession",
    entityType: "agentSession",
    rationale:
      "Agent authentication replaces interactive sign-in with strong service-to-service trust and secure token exchange under policy. An agent that signed in interactively used a credential a person could type or phish, outside that model.",
    remediation: [
      "Configure the agent to authenticate with its agent identity through token exchange (the auxiliary agent identity token on checkout).",
      "Remove any password or interactive credential stored for the agent.",
    ],
    source: "seed 000 token security",
    evaluate: ({ index }) =>
      eachSession(index, "AGT-006", (entry, v) => {
        const mode = entry.session.authMode ?? null;
        const item = { label: "Authentication mode", value: mode, ref: sessionRef(entry) };
        if (mode === null) return v.missing(`How agent session ${entry.session.id} authenticated: tokenExchange or interactive (authMode)`);
        return mode === "interactive" ? v.fail(item) : v.note(item);
      }),
  },
];
