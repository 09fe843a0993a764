import { likeOperator, Prisma } from "@/lib/db";
import type { AgentSessionFilters } from "@/lib/validations/agent-sessions";

/**
 * The WHERE clause of the session list and its exports, over `"AgentSession" s`. The violation filter
 * asks the persisted findings (EXISTS on the Finding index by entity), so it pages in the database
 * however many sessions violate a rule. Plain SQL that SQLite and PostgreSQL both read.
 */
export function sessionWhere(tenantId: string, filters: AgentSessionFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`s."tenantId" = ${tenantId}`];
  if (filters.agent) parts.push(Prisma.sql`s."agentExternalId" = ${filters.agent}`);
  if (filters.pool) parts.push(Prisma.sql`s."poolExternalId" = ${filters.pool}`);
  if (filters.cloudPc) parts.push(Prisma.sql`s."cloudPcGraphId" = ${filters.cloudPc}`);
  if (filters.outcome) parts.push(Prisma.sql`s."outcome" = ${filters.outcome}`);
  if (filters.q) {
    const like = `%${filters.q}%`;
    const op = Prisma.raw(likeOperator);
    parts.push(Prisma.sql`(s."externalId" ${op} ${like} OR EXISTS (
      SELECT 1 FROM "AgentIdentity" a WHERE a."tenantId" = s."tenantId" AND a."externalId" = s."agentExternalId" AND a."displayName" ${op} ${like}))`);
  }
  if (filters.violation) {
    const violating = Prisma.sql`SELECT 1 FROM "Finding" f WHERE f."tenantId" = s."tenantId" AND f."entityType" = 'agentSession'
      AND f."entityId" = s."externalId" AND f."verdict" = 'fail' AND f."status" IN ('open', 'accepted')`;
    if (filters.violation === "any") parts.push(Prisma.sql`EXISTS (${violating})`);
    else if (filters.violation === "none") parts.push(Prisma.sql`NOT EXISTS (${violating})`);
    else parts.push(Prisma.sql`EXISTS (${violating} AND f."ruleId" = ${filters.violation})`);
  }
  return Prisma.join(parts, " AND ");
}

export const sessionOrder = (sort: AgentSessionFilters["sort"]) =>
  sort === "startedAt" ? Prisma.sql`s."startedAt" ASC, s."id" ASC` : Prisma.sql`s."startedAt" DESC, s."id" DESC`;
