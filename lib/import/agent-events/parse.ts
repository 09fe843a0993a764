import type { z } from "zod";
import { isMissingValue } from "@/lib/validations/issues";
import { AgentLine, EventLine, fieldsByEventType, MAX_LINE_CHARS, MAX_LOG_BYTES, MAX_REPORTED_ERRORS, PoolLine } from "./format";

/** A problem in the file; `line` is 1-based, null for the file as a whole. */
export interface LogError {
  line: number | null;
  message: string;
}

export interface ParsedEvent extends Omit<EventLine, "record"> {
  line: number;
}

export interface ParsedSession {
  id: string;
  agentId: string;
  poolId: string;
  /** The line the session first appears on. */
  line: number;
  /** In file order: the order the events were recorded in. */
  events: ParsedEvent[];
}

export interface ParsedLog {
  agents: Map<string, AgentLine & { line: number }>;
  pools: Map<string, PoolLine & { line: number }>;
  sessions: Map<string, ParsedSession>;
  lineCount: number;
}

export type ParseResult = { ok: true; log: ParsedLog } | { ok: false; errors: LogError[]; errorCount: number };

class Errors {
  readonly list: LogError[] = [];
  count = 0;
  add(line: number | null, message: string) {
    this.count += 1;
    if (this.list.length < MAX_REPORTED_ERRORS) this.list.push({ line, message });
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.join(".");
      if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map(fieldName).join(", ")}`;
      if (isMissingValue(issue)) return `${path} is required`;
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join("; ");
}

// A field name as written, quoted when it is empty or holds what would blur the message.
const fieldName = (key: string) => (/^[\w.@$-]+$/.test(key) ? key : JSON.stringify(key));

/**
 * Reads the JSON Lines text into agents, pools and sessions with their events. Checks everything that
 * can be checked without the database; every problem is reported with its line number.
 */
export function parseAgentEventLog(text: string): ParseResult {
  const errors = new Errors();
  if (text.length > MAX_LOG_BYTES) {
    errors.add(null, `The file is larger than ${MAX_LOG_BYTES / 1_000_000} MB.`);
    return { ok: false, errors: errors.list, errorCount: errors.count };
  }
  const log: ParsedLog = { agents: new Map(), pools: new Map(), sessions: new Map(), lineCount: 0 };
  const eventLines = new Map<string, number>();
  const cloudPcPool = new Map<string, { poolId: string; line: number }>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  log.lineCount = lines.length;

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    if (raw.length > MAX_LINE_CHARS) return errors.add(line, `the line is longer than ${MAX_LINE_CHARS} characters`);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      return errors.add(line, `not valid JSON (${(error as Error).message})`);
    }
    if (typeof json !== "object" || json === null || Array.isArray(json)) return errors.add(line, "each line must be one JSON object");
    const record = (json as { record?: unknown }).record;
    if (record === "agent") return readAgent(json, line);
    if (record === "pool") return readPool(json, line);
    if (record === undefined || record === "event") return readEvent(json, line);
    errors.add(line, `unknown record ${JSON.stringify(record).slice(0, 80)}: use event (the default), agent or pool`);
  });

  function readAgent(json: object, line: number) {
    const parsed = AgentLine.safeParse(json);
    if (!parsed.success) return errors.add(line, `agent: ${describeIssues(parsed.error)}`);
    const earlier = log.agents.get(parsed.data.id);
    if (earlier) return errors.add(line, `agent ${parsed.data.id} is already described on line ${earlier.line}`);
    log.agents.set(parsed.data.id, { ...parsed.data, line });
  }

  function readPool(json: object, line: number) {
    const parsed = PoolLine.safeParse(json);
    if (!parsed.success) return errors.add(line, `pool: ${describeIssues(parsed.error)}`);
    const pool = parsed.data;
    const earlier = log.pools.get(pool.id);
    if (earlier) return errors.add(line, `pool ${pool.id} is already described on line ${earlier.line}`);
    for (const cloudPc of pool.cloudPcs ?? []) {
      const other = cloudPcPool.get(cloudPc.id);
      if (other) return errors.add(line, `Cloud PC ${cloudPc.id} is already listed in pool ${other.poolId} on line ${other.line}: a Cloud PC belongs to one pool`);
      cloudPcPool.set(cloudPc.id, { poolId: pool.id, line });
    }
    log.pools.set(pool.id, { ...pool, assignedAgentIds: [...new Set(pool.assignedAgentIds)], line });
  }

  function readEvent(json: object, line: number) {
    const parsed = EventLine.safeParse(json);
    if (!parsed.success) return errors.add(line, `event: ${describeIssues(parsed.error)}`);
    const { record: _record, ...event } = parsed.data;
    for (const [field, rule] of Object.entries(fieldsByEventType)) {
      const value = event[field as keyof typeof event];
      if (value !== undefined && value !== null && !rule!.types.includes(event.type)) {
        return errors.add(line, `${field} (${rule!.why}) belongs on ${rule!.types.join(" or ")} events, not on ${event.type}`);
      }
    }
    if (event.type === "riskSignalChanged" && !event.riskLevel) return errors.add(line, "a riskSignalChanged event needs its new riskLevel (none, low, medium or high)");

    const key = `${event.sessionId}\u0000${event.eventId}`;
    const duplicate = eventLines.get(key);
    if (duplicate) return errors.add(line, `event ${event.eventId} of session ${event.sessionId} is already on line ${duplicate}`);
    eventLines.set(key, line);

    const session = log.sessions.get(event.sessionId);
    if (!session) {
      log.sessions.set(event.sessionId, { id: event.sessionId, agentId: event.agentId, poolId: event.poolId, line, events: [normalize(event, line)] });
      return;
    }
    if (session.agentId !== event.agentId) return errors.add(line, `session ${session.id} has agent ${session.agentId} on line ${session.line}, not ${event.agentId}`);
    if (session.poolId !== event.poolId) return errors.add(line, `session ${session.id} is in pool ${session.poolId} on line ${session.line}, not ${event.poolId}`);
    if (event.type === "cloudPcAcquired") {
      const acquired = session.events.find((e) => e.type === "cloudPcAcquired" && e.cloudPcId && e.cloudPcId !== event.cloudPcId);
      if (acquired && event.cloudPcId) return errors.add(line, `session ${session.id} acquired Cloud PC ${acquired.cloudPcId} on line ${acquired.line}: one session acquires one Cloud PC`);
    }
    session.events.push(normalize(event, line));
  }

  if (errors.count === 0 && log.agents.size + log.pools.size + log.sessions.size === 0) errors.add(null, "The file holds no records.");
  return errors.count > 0 ? { ok: false, errors: errors.list, errorCount: errors.count } : { ok: true, log };
}

/** Times are stored in UTC, as the rest of the tenant's agent data is, so they sort as text. */
function normalize(event: Omit<EventLine, "record">, line: number): ParsedEvent {
  return { ...event, at: new Date(event.at).toISOString(), line };
}
