import type { GraphProvisioningPolicy } from "../../lib/validations/snapshot";
import { agentScript, entityId, guid, makeAgentIdentity, makeAgentPool, makeAgentSession, makeCloudPc } from "../factories";
import { contoso } from "./contoso-infrastructure";

/**
 * Windows 365 for Agents in Contoso: two pools of CPCA- Cloud PCs and a morning of agent sessions,
 * each showing one way the seed 000 model (device-bound tokens, continuous verification, reset
 * before reuse, no persisted credentials) holds or breaks. Times are minutes before the export.
 */

export const agentSessionKeys = {
  clean: "s01-clean",
  cleanReuse: "s02-clean-reuse",
  replay: "s03-token-replay",
  leftDirty: "s04-left-without-reset",
  missedReset: "s05-missed-reset",
  riskRevoked: "s06-risk-revoked",
  riskIgnored: "s07-risk-not-revoked",
  unassignedAgent: "s08-unassigned-agent",
  wrongCloudPc: "s09-channel-to-other-cloud-pc",
  credentialsLeft: "s10-credentials-left",
  interactive: "s11-interactive-auth",
  unrecorded: "s12-facts-not-recorded",
  running: "s13-running",
} as const;

/** What each session shows, for docs/demo-tenant.md. */
export const agentSessionScenarios: Record<string, string> = {
  [agentSessionKeys.clean]: "Clean: acquired, device-bound token exchange, task done, checked in, Cloud PC reset",
  [agentSessionKeys.cleanReuse]: "Clean reuse of the same Cloud PC after its reset",
  [agentSessionKeys.replay]: "Its session token was presented from a laptop outside the pool (replay)",
  [agentSessionKeys.leftDirty]: "Clean itself, but the Cloud PC was returned without a reset",
  [agentSessionKeys.missedReset]: "Served by that Cloud PC before any reset (missed reset)",
  [agentSessionKeys.riskRevoked]: "Risk rose mid-session and access was revoked (continuous verification working)",
  [agentSessionKeys.riskIgnored]: "Risk rose to high and the session carried on (not revoked)",
  [agentSessionKeys.unassignedAgent]: "Procurement Agent, assigned to no pool, checked out a Finance pool Cloud PC",
  [agentSessionKeys.wrongCloudPc]: "Acquired a service desk Cloud PC but opened its channel to a Finance pool Cloud PC",
  [agentSessionKeys.credentialsLeft]: "Credentials remained on the Cloud PC after the session ended",
  [agentSessionKeys.interactive]: "Signed in interactively instead of service-to-service token exchange",
  [agentSessionKeys.unrecorded]: "Auth mode and credential state not recorded (unknowns)",
  [agentSessionKeys.running]: "Still running on a Cloud PC that was reset after its last session",
};

/** A laptop outside any pool that presented a stolen session token (AGT-002). */
export const replayDeviceId = guid("contoso/device/unmanaged-laptop-replay");

export function contosoAgents(policies: { agentsFinance: GraphProvisioningPolicy; agentsServiceDesk: GraphProvisioningPolicy }) {
  const invoice = makeAgentIdentity(contoso, "invoice", "Invoice Reconciliation Agent");
  const expense = makeAgentIdentity(contoso, "expense", "Expense Audit Agent");
  const researcher = makeAgentIdentity(contoso, "researcher", "Researcher (Computer Use)");
  const triage = makeAgentIdentity(contoso, "triage", "Service Desk Triage Agent");
  // Procurement's agent was never added to a pool: it must not be able to check out a Cloud PC.
  const procurement = makeAgentIdentity(contoso, "procurement", "Procurement Agent");
  const agentIdentities = [invoice, expense, researcher, triage, procurement];

  const financePool = makeAgentPool(contoso, "finance", "Finance Agents - US", [invoice, expense, researcher]);
  const serviceDeskPool = makeAgentPool(contoso, "service-desk", "Service Desk Agents - US", [triage]);

  const poolPc = (key: string, policy: GraphProvisioningPolicy, poolId: string) =>
    makeCloudPc(contoso, { key, user: null, policy, os: "win11-24H2", agentPoolId: poolId, servicePlanName: "Cloud PC for Agents" });
  const fin = [1, 2, 3, 4, 5].map((n) => poolPc(`agents-finance-${n}`, policies.agentsFinance, financePool.id));
  const desk = [1, 2].map((n) => poolPc(`agents-service-desk-${n}`, policies.agentsServiceDesk, serviceDeskPool.id));
  const pcId = (pc: { id: string }) => pc.id;

  const session = (key: string, agent: typeof invoice, pool: typeof financePool, cloudPcId: string | null, start: number, extra: Partial<Parameters<typeof makeAgentSession>[1]> = {}) =>
    makeAgentSession(contoso, { key, agent, pool, cloudPcId, startMinutes: start, steps: agentScript(), ...extra });

  const k = agentSessionKeys;
  const agentSessions = [
    session(k.clean, invoice, financePool, pcId(fin[0]), -600),
    session(k.cleanReuse, expense, financePool, pcId(fin[0]), -480),
    session(k.replay, researcher, financePool, pcId(fin[1]), -560, { steps: agentScript({ replayFromDeviceId: replayDeviceId }) }),
    session(k.leftDirty, invoice, financePool, pcId(fin[2]), -540, { steps: agentScript({ skipReset: true }) }),
    session(k.missedReset, expense, financePool, pcId(fin[2]), -420),
    session(k.riskRevoked, researcher, financePool, pcId(fin[3]), -500, { steps: agentScript({ risk: { level: "medium", revoked: true } }) }),
    session(k.riskIgnored, invoice, financePool, pcId(fin[4]), -470, { steps: agentScript({ risk: { level: "high", revoked: false } }) }),
    session(k.unassignedAgent, procurement, financePool, pcId(fin[1]), -380),
    session(k.wrongCloudPc, triage, serviceDeskPool, pcId(desk[0]), -440, { steps: agentScript({ channelToCloudPcId: pcId(fin[3]) }) }),
    session(k.credentialsLeft, expense, financePool, pcId(fin[3]), -300, { credentialsRemainedAfterEnd: true }),
    session(k.interactive, triage, serviceDeskPool, pcId(desk[1]), -350, { authMode: "interactive" }),
    session(k.unrecorded, researcher, financePool, pcId(fin[4]), -250, { authMode: null, credentialsRemainedAfterEnd: null }),
    session(k.running, invoice, financePool, pcId(fin[0]), -20, { steps: agentScript({ running: true }) }),
  ];

  return { agentIdentities, agentPools: [financePool, serviceDeskPool], agentCloudPcs: [...fin, ...desk], agentSessions };
}

export const agentSessionId = (key: string) => entityId(contoso, "agentSession", key);
