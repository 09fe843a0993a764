import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db, transaction, type Prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { EvaluationActor } from "@/lib/evaluation/run-evaluation";

type Tx = Prisma.TransactionClient;

// Prisma binds each id of an `in` list as a parameter and refuses lists past SQLite's limit.
const idsPerQuery = 500;

// The process's one SQLite connection runs one transaction at a time: a triage waits for an
// evaluation's save (seconds on a large tenant) instead of failing after Prisma's 2 s default.
const transactionOptions = { maxWaitMs: 60_000, timeoutMs: 60_000 };

function chunks<T>(items: readonly T[], size = idsPerQuery): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface Selected {
  id: string;
  ruleId: string;
  entityName: string;
  status: string;
}

/** The findings named, all of them of this tenant, or DomainError: a triage never half-applies. */
async function selectFindings(tx: Tx, tenantId: string, findingIds: readonly string[]): Promise<Selected[]> {
  const ids = [...new Set(findingIds)];
  if (ids.length === 0) throw new DomainError("invalid", "Select at least one finding.");
  const found: Selected[] = [];
  for (const part of chunks(ids)) {
    found.push(
      ...(await tx.finding.findMany({ where: { tenantId, id: { in: part } }, select: { id: true, ruleId: true, entityName: true, status: true } })),
    );
  }
  if (found.length !== ids.length) throw new DomainError("not_found", "Some of the selected findings no longer exist in this tenant. Reload and try again.");
  return found;
}

/** Revokes the exceptions still in force on these findings (superseded or withdrawn). */
async function revokeActive(tx: Tx, ids: readonly string[], actor: EvaluationActor, now: Date): Promise<number> {
  let revoked = 0;
  for (const part of chunks(ids)) {
    const result = await tx.findingException.updateMany({
      where: { findingId: { in: part }, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now, revokedByName: actor.name },
    });
    revoked += result.count;
  }
  return revoked;
}

export interface AcceptFindingsInput {
  tenantId: string;
  findingIds: readonly string[];
  reason: string;
  owner: string;
  expiresAt: Date;
  actor: EvaluationActor;
  now?: Date;
}

/**
 * Accepts the risk of open findings until `expiresAt`: one exception per finding (replacing any in
 * force), status accepted, one audit event. The next run keeps them accepted until the exception
 * expires, then reopens them.
 */
export async function acceptFindings(input: AcceptFindingsInput): Promise<{ accepted: number }> {
  const { tenantId, actor } = input;
  const now = input.now ?? new Date();
  const reason = input.reason.trim();
  const owner = input.owner.trim();
  if (!reason) throw new DomainError("invalid", "Give a reason.", { reason: ["Give a reason for accepting the risk."] });
  if (!owner) throw new DomainError("invalid", "Name an owner.", { owner: ["Name who owns the accepted risk."] });
  if (input.expiresAt <= now) throw new DomainError("invalid", "The expiry must be in the future.", { expiresAt: ["Pick a date in the future."] });

  return transaction(async (tx) => {
    const findings = await selectFindings(tx, tenantId, input.findingIds);
    const resolved = findings.filter((f) => f.status === "resolved");
    if (resolved.length > 0) {
      throw new DomainError("invalid", `${resolved.length} of the selected findings are resolved; only open or accepted findings can be accepted.`);
    }
    const ids = findings.map((f) => f.id);
    await revokeActive(tx, ids, actor, now);
    for (const part of chunks(ids)) {
      await tx.findingException.createMany({
        data: part.map((findingId) => ({ findingId, reason, owner, expiresAt: input.expiresAt, createdById: actor.id, createdByName: actor.name, createdAt: now })),
      });
      await tx.finding.updateMany({ where: { tenantId, id: { in: part } }, data: { status: "accepted", version: { increment: 1 } } });
    }
    await recordAudit(
      {
        actor, action: "findings.accepted", tenantId, entityType: "finding", entityId: ids.length === 1 ? ids[0] : undefined,
        summary: `Accepted ${ids.length} finding(s) until ${input.expiresAt.toISOString().slice(0, 10)}, owner ${owner}: ${reason}`,
        before: findings.map((f) => ({ id: f.id, ruleId: f.ruleId, entityName: f.entityName, status: f.status })),
        after: { status: "accepted", reason, owner, expiresAt: input.expiresAt.toISOString(), findingIds: ids },
      },
      tx,
    );
    return { accepted: ids.length };
  }, transactionOptions);
}

export interface ReopenFindingsInput {
  tenantId: string;
  findingIds: readonly string[];
  actor: EvaluationActor;
  reason?: string;
  now?: Date;
}

/** Withdraws accepted risks: revokes the exceptions in force and sets accepted findings back to open. */
export async function reopenFindings(input: ReopenFindingsInput): Promise<{ reopened: number }> {
  const { tenantId, actor } = input;
  const now = input.now ?? new Date();
  return transaction(async (tx) => {
    const findings = await selectFindings(tx, tenantId, input.findingIds);
    const ids = findings.map((f) => f.id);
    const revoked = await revokeActive(tx, ids, actor, now);
    // Resolved findings stay resolved: only a run can tell whether they are back.
    const accepted = findings.filter((f) => f.status === "accepted").map((f) => f.id);
    let reopened = 0;
    for (const part of chunks(accepted)) {
      const result = await tx.finding.updateMany({ where: { tenantId, id: { in: part }, status: "accepted" }, data: { status: "open", version: { increment: 1 } } });
      reopened += result.count;
    }
    await recordAudit(
      {
        actor, action: "findings.reopened", tenantId, entityType: "finding", entityId: ids.length === 1 ? ids[0] : undefined,
        summary: `Reopened ${reopened} finding(s), revoked ${revoked} exception(s)${input.reason ? `: ${input.reason}` : ""}`,
        before: findings.map((f) => ({ id: f.id, ruleId: f.ruleId, entityName: f.entityName, status: f.status })),
        after: { status: "open", findingIds: accepted, revokedExceptions: revoked },
      },
      tx,
    );
    return { reopened };
  }, transactionOptions);
}
