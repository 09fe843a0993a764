import { z } from "zod";
import { AgentAuthMode, AgentEventType } from "@/lib/validations/enums";

/**
 * The lines of an agent session event log (docs/agent-session-events.md): JSON Lines, one record a
 * line. Most lines are events; `agent` and `pool` lines describe the agent identities and pools the
 * events refer to. Objects are strict: a misspelt field is an error, not silently dropped.
 */

/** The largest file accepted: about 150,000 events. */
export const MAX_LOG_BYTES = 50_000_000;
export const MAX_LINE_CHARS = 20_000;
/** Errors reported at most; the count of all of them is given too. */
export const MAX_REPORTED_ERRORS = 100;

const id = z.string().trim().min(1, "must not be empty").max(200);
const name = z.string().trim().min(1, "must not be empty").max(400);
// Any ISO 8601 date-time with a zone; stored normalized to UTC (toISOString) so text order is time order.
const isoTime = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time with a time zone, e.g. 2025-11-20T08:00:00Z" });

export const AgentLine = z.strictObject({
  record: z.literal("agent"),
  id,
  displayName: name,
});

export const PoolCloudPc = z.strictObject({ id, displayName: name.optional() });

export const PoolLine = z.strictObject({
  record: z.literal("pool"),
  id,
  displayName: name,
  /** The agents allowed to check out this pool's Cloud PCs: the whole list. */
  assignedAgentIds: z.array(id).max(10_000),
  /** When given, the pool's Cloud PCs: the whole list (a Cloud PC not listed leaves the pool). */
  cloudPcs: z.array(PoolCloudPc).max(10_000).optional(),
});

export const EventLine = z.strictObject({
  record: z.literal("event").optional(),
  sessionId: id,
  agentId: id,
  poolId: id,
  eventId: id,
  type: AgentEventType,
  at: isoTime,
  cloudPcId: id.nullable().optional(),
  deviceId: id.nullable().optional(),
  boundDeviceId: id.nullable().optional(),
  riskLevel: z.string().trim().min(1).max(40).nullable().optional(),
  authMode: AgentAuthMode.nullable().optional(),
  credentialsRemainedAfterEnd: z.boolean().nullable().optional(),
  outcome: z.string().trim().min(1).max(40).nullable().optional(),
  detail: z.string().max(2000).nullable().optional(),
});

export type AgentLine = z.infer<typeof AgentLine>;
export type PoolLine = z.infer<typeof PoolLine>;
export type EventLine = z.infer<typeof EventLine>;

/** Fields that only mean something on one event type; anywhere else they are a mistake in the log. */
export const fieldsByEventType: Partial<Record<keyof EventLine, { types: readonly string[]; why: string }>> = {
  deviceId: { types: ["tokenPresented"], why: "the device a token was presented from" },
  boundDeviceId: { types: ["tokenIssued"], why: "the device an issued token is bound to" },
  authMode: { types: ["tokenIssued"], why: "how the token was obtained" },
  riskLevel: { types: ["riskSignalChanged"], why: "the new risk level" },
  credentialsRemainedAfterEnd: { types: ["sessionEnded"], why: "whether credentials remained on the Cloud PC" },
  outcome: { types: ["sessionEnded"], why: "how the session ended" },
};
