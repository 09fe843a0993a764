import type { AgentSessionEvent } from "../validations/snapshot";
import { agentSessionSubject } from "./subjects";
import type { AgentSessionEntry, TenantIndex } from "./tenant-index";
import type { RuleDefinition, RuleResult } from "./types";
import { assess, type Assessment } from "./assessment";

/** Shared by the agent rules: refs to sessions and their events, and one verdict per session. */

export const eventRef = (event: AgentSessionEvent) => ({ entityType: "agentSessionEvent" as const, entityId: event.id });
export const sessionRef = (entry: AgentSessionEntry) => ({ entityType: "agentSession" as const, entityId: entry.session.id });

export function eachSession(index: TenantIndex, id: RuleDefinition["id"], judge: (entry: AgentSessionEntry, v: Assessment) => Assessment | null): RuleResult[] {
  const results: RuleResult[] = [];
  for (const entry of index.agentSessions) {
    const v = judge(entry, assess(id, agentSessionSubject(entry, index)));
    if (v) results.push(v.result());
  }
  return results;
}
