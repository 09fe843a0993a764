import type { z } from "zod";
import { TenantSnapshot } from "../validations/snapshot";

/** A problem in a snapshot document, located by a JSON path such as `$.cloudPCs[3].sightline.osRelease`. */
export interface SnapshotIssue {
  path: string;
  message: string;
}

export type ParseSnapshotResult = { ok: true; snapshot: TenantSnapshot } | { ok: false; issues: SnapshotIssue[] };

const identifier = /^[A-Za-z_$][\w$]*$/;

export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === "number") return `${path}[${segment}]`;
    const key = String(segment);
    return identifier.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
  }, "$");
}

function schemaIssues(error: z.ZodError): SnapshotIssue[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

/**
 * References the schema cannot see: a client of a user the snapshot lacks, or an agent session of
 * an unknown agent or pool, would make the engine report on people and pools that do not exist.
 */
function referenceIssues(snapshot: TenantSnapshot): SnapshotIssue[] {
  const issues: SnapshotIssue[] = [];
  const userIds = new Set(snapshot.users.map((user) => user.id));
  const agentIds = new Set(snapshot.agentIdentities.map((agent) => agent.id));
  const poolIds = new Set(snapshot.agentPools.map((pool) => pool.id));
  snapshot.clients.forEach((client, i) => {
    if (!userIds.has(client.userId)) issues.push({ path: `$.clients[${i}].userId`, message: `no user with id "${client.userId}" in $.users` });
  });
  snapshot.agentSessions.forEach((session, i) => {
    if (!agentIds.has(session.agentId)) issues.push({ path: `$.agentSessions[${i}].agentId`, message: `no agent identity with id "${session.agentId}" in $.agentIdentities` });
    if (!poolIds.has(session.poolId)) issues.push({ path: `$.agentSessions[${i}].poolId`, message: `no agent pool with id "${session.poolId}" in $.agentPools` });
  });
  return issues;
}

/** Validates an untrusted JSON value as a tenant snapshot: the zod schema first, then the references between sections. */
export function parseSnapshot(json: unknown): ParseSnapshotResult {
  const parsed = TenantSnapshot.safeParse(json);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error) };
  const issues = referenceIssues(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, snapshot: parsed.data };
}
