import "server-only";
import type { CsvColumn } from "@/lib/csv/stream";
import { clientPlatforms, credentialSupport, type ClientPlatform, type Support } from "@/lib/matrix/credential-support";
import { identitySupport, joinCapabilities } from "@/lib/matrix/join-capabilities";
import { getCredentialCounts, getIdentityJoinCounts, getJoinMatrixCounts } from "@/lib/matrix/queries";
import { identityTypes } from "@/lib/validations/enums";

/**
 * The three capability matrices as CSV, one row per cell, from the queries the matrix page renders
 * (lib/matrix/queries.ts). Each cell names the rules that break it with their open failing counts,
 * written `RULE=n` and separated by "; ".
 */

// The matrix page shows hybrid join first; the CSV keeps its order.
const joinOrder = ["hybridAzureADJoin", "azureADJoin"] as const;
const ruleCounts = (rules: readonly string[], count: (rule: string) => number) => rules.map((rule) => `${rule}=${count(rule)}`).join("; ");

export interface JoinMatrixRow {
  capabilityKey: string;
  capability: string;
  joinType: string;
  documented: string;
  cloudPcs: number;
  people: number;
  breakingRules: string;
}

export async function joinMatrixRows(tenantId: string): Promise<JoinMatrixRow[]> {
  const counts = await getJoinMatrixCounts(tenantId);
  return joinCapabilities.flatMap((cap) =>
    joinOrder.map((join) => ({
      capabilityKey: cap.key,
      capability: cap.capability,
      joinType: join,
      documented: cap.cells[join].text,
      cloudPcs: counts.cloudPcs[join] ?? 0,
      people: counts.users[join] ?? 0,
      breakingRules: ruleCounts(cap.cells[join].breakingRules, (rule) => counts.failingByRule[rule] ?? 0),
    })),
  );
}

export const joinMatrixColumns: CsvColumn<JoinMatrixRow>[] = [
  { header: "capabilityKey", value: (r) => r.capabilityKey },
  { header: "capability", value: (r) => r.capability },
  { header: "joinType", value: (r) => r.joinType },
  { header: "documented", value: (r) => r.documented },
  { header: "cloudPcs", value: (r) => r.cloudPcs },
  { header: "people", value: (r) => r.people },
  { header: "breakingRules", value: (r) => r.breakingRules },
];

export interface IdentityJoinRow {
  identityType: string;
  joinType: string;
  supported: boolean;
  note: string;
  people: number;
  breakingRules: string;
}

export async function identityJoinRows(tenantId: string): Promise<IdentityJoinRow[]> {
  const cells = await getIdentityJoinCounts(tenantId);
  return identityTypes.flatMap((identity) =>
    joinOrder.map((join) => {
      const support = identitySupport[identity][join];
      const cell = cells[identity]?.[join] ?? { users: 0, brokenByRule: {} };
      return {
        identityType: identity,
        joinType: join,
        supported: support.supported,
        note: support.note,
        people: cell.users,
        breakingRules: ruleCounts(support.breakingRules, (rule) => cell.brokenByRule[rule] ?? 0),
      };
    }),
  );
}

export const identityJoinColumns: CsvColumn<IdentityJoinRow>[] = [
  { header: "identityType", value: (r) => r.identityType },
  { header: "joinType", value: (r) => r.joinType },
  { header: "supported", value: (r) => r.supported },
  { header: "note", value: (r) => r.note },
  { header: "people", value: (r) => r.people },
  { header: "breakingRules", value: (r) => r.breakingRules },
];

export interface CredentialRow {
  phase: string;
  credential: string;
  platform: ClientPlatform;
  support: Support;
  people: number;
  affected: number;
  breakingRules: string;
}

export async function credentialRows(tenantId: string): Promise<CredentialRow[]> {
  const counts = await getCredentialCounts(tenantId);
  return credentialSupport.flatMap((phase) =>
    phase.rows.flatMap((row) =>
      clientPlatforms.map((platform) => {
        const cell = counts[phase.phase]?.[row.credential]?.[platform] ?? { users: 0, affected: 0 };
        return {
          phase: phase.phase,
          credential: row.credential,
          platform,
          support: row.support[platform],
          people: cell.users,
          affected: cell.affected,
          breakingRules: row.breakingRules.join("; "),
        };
      }),
    ),
  );
}

export const credentialColumns: CsvColumn<CredentialRow>[] = [
  { header: "phase", value: (r) => r.phase },
  { header: "credential", value: (r) => r.credential },
  { header: "platform", value: (r) => r.platform },
  { header: "support", value: (r) => r.support },
  { header: "people", value: (r) => r.people },
  { header: "affected", value: (r) => r.affected },
  { header: "breakingRules", value: (r) => r.breakingRules },
];
