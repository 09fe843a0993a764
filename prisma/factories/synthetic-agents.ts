import type { AgentPool, AgentSession, GraphCloudPc, GraphProvisioningPolicy } from "../../lib/validations/snapshot";
import { agentScript, makeAgentIdentity, makeAgentPool, makeAgentSession, type AgentIdentityRecord, type AgentScriptOptions } from "./agents";
import { makeCloudPc } from "./cloud-pcs";
import { guid } from "./ids";
import { makeProvisioningPolicy } from "./provisioning-policies";
import type { TenantContext } from "./tenant";

const cloudPcsPerPool = 50;
const agentsPerPool = 4;
/** Minutes between rounds of sessions: longer than a session, so sessions on one Cloud PC never overlap. */
const roundMinutes = 30;

type Scenario = "clean" | "replay" | "skipReset" | "riskRevoked" | "riskIgnored" | "unassignedAgent" | "wrongCloudPc" | "credentialsLeft" | "interactive";
/** The session after a `skipReset` on the same Cloud PC fails AGT-001, whatever its own scenario. */
const scenarioCycle: Scenario[] = ["clean", "clean", "replay", "skipReset", "clean", "riskRevoked", "riskIgnored", "unassignedAgent", "wrongCloudPc", "credentialsLeft", "interactive", "clean"];

export interface SyntheticAgents {
  policies: GraphProvisioningPolicy[];
  cloudPcs: GraphCloudPc[];
  agentIdentities: AgentIdentityRecord[];
  agentPools: AgentPool[];
  agentSessions: AgentSession[];
}

/**
 * Agent pools (one provisioning policy each), their CPCA- Cloud PCs, and `sessionCount` sessions
 * dealt round-robin over the Cloud PCs in rounds, cycling through the demo's session scenarios.
 */
export function buildSyntheticAgents(ctx: TenantContext, agentCloudPcCount: number, sessionCount: number): SyntheticAgents {
  const poolCount = Math.max(1, Math.ceil(agentCloudPcCount / cloudPcsPerPool));
  const policies: GraphProvisioningPolicy[] = [];
  const agentPools: AgentPool[] = [];
  const agentIdentities: AgentIdentityRecord[] = [];
  const poolAgents: AgentIdentityRecord[][] = [];
  for (let p = 0; p < poolCount; p++) {
    policies.push(makeProvisioningPolicy(ctx, { key: `agents-${p}`, displayName: `Agents - Pool ${p + 1} (US)`, joinType: "azureADJoin", sso: true, regionGroup: "usEast", forAgents: true }));
    const agents = Array.from({ length: agentsPerPool }, (_, a) => makeAgentIdentity(ctx, `agent-${p}-${a}`, `Pool ${p + 1} Agent ${a + 1}`));
    agentIdentities.push(...agents);
    poolAgents.push(agents);
    agentPools.push(makeAgentPool(ctx, `pool-${p}`, `Agent pool ${p + 1} - US`, agents));
  }
  // An agent in no pool: its sessions break the assignment boundary (AGT-003).
  const unassigned = makeAgentIdentity(ctx, "agent-unassigned", "Unassigned Agent");
  agentIdentities.push(unassigned);

  const cloudPcs = Array.from({ length: agentCloudPcCount }, (_, c) => {
    const pool = Math.floor(c / cloudPcsPerPool);
    return makeCloudPc(ctx, { key: `agent-cpc-${c}`, user: null, policy: policies[pool], agentPoolId: agentPools[pool].id, servicePlanName: "Cloud PC for Agents" });
  });

  const rounds = Math.ceil(sessionCount / agentCloudPcCount);
  const replayDevice = guid(`${ctx.key}/device/replay`);
  const agentSessions: AgentSession[] = [];
  for (let s = 0; s < sessionCount; s++) {
    const c = s % agentCloudPcCount;
    const pool = Math.floor(c / cloudPcsPerPool);
    const scenario = scenarioCycle[s % scenarioCycle.length];
    const options: AgentScriptOptions = {};
    if (scenario === "replay") options.replayFromDeviceId = replayDevice;
    if (scenario === "skipReset") options.skipReset = true;
    if (scenario === "riskRevoked") options.risk = { level: "medium", revoked: true };
    if (scenario === "riskIgnored") options.risk = { level: "high", revoked: false };
    if (scenario === "wrongCloudPc") options.channelToCloudPcId = cloudPcs[(c + 1) % agentCloudPcCount].id;
    agentSessions.push(
      makeAgentSession(ctx, {
        key: `session-${s}`,
        agent: scenario === "unassignedAgent" ? unassigned : poolAgents[pool][s % agentsPerPool],
        pool: agentPools[pool],
        cloudPcId: cloudPcs[c].id,
        startMinutes: -(rounds - Math.floor(s / agentCloudPcCount)) * roundMinutes,
        steps: agentScript(options),
        authMode: scenario === "interactive" ? "interactive" : "tokenExchange",
        credentialsRemainedAfterEnd: scenario === "credentialsLeft",
      }),
    );
  }
  return { policies, cloudPcs, agentIdentities, agentPools, agentSessions };
}
