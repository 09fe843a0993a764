/**
 * Ids from the Contoso demo (prisma/demo/contoso-agents.ts): the demo is built deterministically, so
 * these are stable. Written out here because the browser tests do not import the app's code.
 */
export const contoso = {
  financePoolId: "29fbe9cf-a903-4c73-a2a2-b2fd83146585",
  invoiceAgentId: "eb8e8ab6-e4a6-4e8e-b17c-04de0563fc3a",
  /** CPCA-6HG3N: its last session (s08) ended with a reset. */
  financeCloudPcId: "e33c6656-bb33-47ad-896d-0f1b71095c9e",
  replayDeviceId: "128c38cc-3769-415f-ac06-aa6e15b5ebfe",
  sessions: {
    replay: "06ec4eb0-22cb-4ff8-bb3d-57cdfc577487",
    leftDirty: "e68f7be2-b460-4e94-9c5b-c112b4858092",
    missedReset: "052b9611-a1e7-4094-9b95-155d828a44ee",
    riskRevoked: "2134c6ee-6a17-4d10-b91c-e79ed9243e6f",
    riskIgnored: "86a09bf4-8c1d-4caf-b3a7-6101d459e752",
  },
};

const event = (eventId: string, type: string, at: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ sessionId: "e2e-clean-session", agentId: contoso.invoiceAgentId, poolId: contoso.financePoolId, eventId, type, at, ...extra });

/** A clean session in the Finance pool, after the demo's morning: it should violate no agent rule. */
export const cleanSessionLog = [
  event("e2e-1", "cloudPcAcquired", "2025-11-20T10:00:00Z", { cloudPcId: contoso.financeCloudPcId }),
  event("e2e-2", "secureChannelOpened", "2025-11-20T10:00:30Z", { cloudPcId: contoso.financeCloudPcId }),
  event("e2e-3", "tokenIssued", "2025-11-20T10:00:40Z", { boundDeviceId: contoso.financeCloudPcId, authMode: "tokenExchange" }),
  event("e2e-4", "tokenPresented", "2025-11-20T10:02:00Z", { deviceId: contoso.financeCloudPcId }),
  event("e2e-5", "taskCompleted", "2025-11-20T10:09:00Z"),
  event("e2e-6", "sessionEnded", "2025-11-20T10:09:30Z", { credentialsRemainedAfterEnd: false }),
  event("e2e-7", "cloudPcReset", "2025-11-20T10:12:00Z", { cloudPcId: contoso.financeCloudPcId }),
].join("\n");
