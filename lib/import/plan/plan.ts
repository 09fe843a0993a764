import crypto from "node:crypto";
import { stableStringify } from "@/lib/tenant-data/json-columns";
import type { TenantSnapshot } from "@/lib/validations/snapshot";
import type { MergedImport } from "../merge";
import { importSections, keyOf, nameOf, previewEntityTypes, sectionEntityTypes, type ImportSection, type PreviewEntityType } from "../sections";
import { readStoredRows } from "./stored-rows";
import { diffTables, type TableDiff } from "./table-diffs";

export type ChangeKind = "new" | "changed" | "removed";

export interface ChangeSample {
  change: ChangeKind;
  id: string;
  name: string;
  /** For a change: the properties that differ (derived ones named as such). */
  fields: string[];
}

export interface EntityChanges {
  new: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** The first few of each kind of change. */
  samples: ChangeSample[];
}

export interface ImportPlan {
  entities: Partial<Record<PreviewEntityType, EntityChanges>>;
  /** What the commit hands to saveTenantSnapshot, and in which mode. */
  save: { snapshot: TenantSnapshot; mode: "merge" | "replace" };
  /** Identifies exactly what would be written; the commit insists on the preview's. */
  hash: string;
  changes: boolean;
}

const samplesPerKind = 5;

const sectionOf: Partial<Record<PreviewEntityType, ImportSection>> = Object.fromEntries(importSections.map((section) => [sectionEntityTypes[section], section]));

/**
 * Plans an import: what saving the merged tenant would create, change and remove, per entity type.
 * Nothing is written. `complete`: the sections whose stored entities the files no longer list are
 * removed (the admin asked for it and the files hold those collections whole).
 */
export async function planImport(tenantId: string, current: TenantSnapshot, merge: MergedImport, complete: ReadonlySet<ImportSection | "authenticationMethods">): Promise<ImportPlan> {
  const after = complete.size > 0 ? withoutUnlisted(merge, complete) : merge.merged;
  const types = affectedTypes(merge, complete);
  const removable = new Set<PreviewEntityType>([...complete].map((section) => (section === "authenticationMethods" ? section : sectionEntityTypes[section])));
  if (removable.has("users")) removable.add("clients");
  const diffs = diffTables(after, await readStoredRows(tenantId, types), types, removable);

  const entities: ImportPlan["entities"] = {};
  for (const type of previewEntityTypes) {
    const diff = diffs.get(type);
    if (diff) entities[type] = describe(type, diff, current, after);
  }
  const changes = [...diffs.values()].some((d) => d.creates.length + d.updates.length + d.removes.length > 0);
  const save = complete.size > 0 ? { snapshot: after, mode: "replace" as const } : { snapshot: changedOnly(current, after, diffs), mode: "merge" as const };
  return { entities, save, hash: hashOf(save.mode, diffs, after), changes };
}

function affectedTypes(merge: MergedImport, complete: ReadonlySet<string>): Set<PreviewEntityType> {
  const types = new Set<PreviewEntityType>();
  for (const section of importSections) if (merge.named[section].size > 0 || complete.has(section)) types.add(sectionEntityTypes[section]);
  // Derived columns: users take their identity type from the domains, Cloud PCs their join type from their policy.
  if (types.has("domains")) types.add("users");
  if (types.has("provisioningPolicies")) types.add("cloudPcs");
  if (complete.has("users")) types.add("clients");
  if (merge.policyNamed) {
    types.add("authenticationMethods");
    types.add("tenant");
  }
  return types;
}

/** The merged tenant without the stored entities that complete collections no longer list (and their users' clients). */
function withoutUnlisted(merge: MergedImport, complete: ReadonlySet<ImportSection | "authenticationMethods">): TenantSnapshot {
  const after: TenantSnapshot = { ...merge.merged };
  for (const section of importSections) {
    if (!complete.has(section)) continue;
    const listed = merge.named[section];
    (after as Record<string, unknown>)[section] = (merge.merged[section] as unknown as Record<string, unknown>[]).filter((e) => listed.has(String(keyOf(section, e))));
  }
  if (complete.has("users")) {
    const users = new Set(after.users.map((user) => user.id));
    after.clients = after.clients.filter((client) => users.has(client.userId));
  }
  const policy = after.authenticationMethodsPolicy;
  if (complete.has("authenticationMethods") && policy && merge.listedConfigurations) {
    const listed = merge.listedConfigurations;
    after.authenticationMethodsPolicy = { ...policy, authenticationMethodConfigurations: policy.authenticationMethodConfigurations.filter((c) => listed.has(c.id)) };
  }
  return after;
}

/** A snapshot of only what changes, for a merge-mode save: rows it does not list are left as they are. */
function changedOnly(current: TenantSnapshot, after: TenantSnapshot, diffs: Map<PreviewEntityType, TableDiff>): TenantSnapshot {
  const snapshot: TenantSnapshot = {
    snapshotVersion: 1,
    tenant: current.tenant,
    tenantSettings: current.tenantSettings,
    domains: [],
    users: [],
    groups: [],
    cloudPCs: [],
    provisioningPolicies: [],
    onPremisesConnections: [],
    conditionalAccessPolicies: [],
    remoteDesktopSecurityConfigurations: [],
    configurationAssignments: [],
    clients: [],
    agentIdentities: [],
    agentPools: [],
    agentSessions: [],
  };
  for (const section of importSections) {
    const diff = diffs.get(sectionEntityTypes[section]);
    if (!diff) continue;
    const keys = new Set([...diff.creates, ...diff.updates].map((change) => change.key));
    (snapshot as Record<string, unknown>)[section] = (after[section] as unknown as Record<string, unknown>[]).filter((e) => keys.has(String(keyOf(section, e))));
  }
  const policyChanged = ["tenant", "authenticationMethods"].some((type) => {
    const diff = diffs.get(type as PreviewEntityType);
    return diff && diff.creates.length + diff.updates.length > 0;
  });
  if (policyChanged) snapshot.authenticationMethodsPolicy = after.authenticationMethodsPolicy;
  return snapshot;
}

function hashOf(mode: string, diffs: Map<PreviewEntityType, TableDiff>, after: TenantSnapshot): string {
  const writes = [...diffs].map(([type, d]) => ({
    type,
    creates: d.creates,
    updates: d.updates.map(({ key, row }) => ({ key, row })),
    removes: d.removes,
  }));
  // Health checks are child rows: the connections whose checks are rewritten carry their new list.
  const written = new Set([...(diffs.get("networkConnections")?.creates ?? []), ...(diffs.get("networkConnections")?.updates ?? [])].map((c) => c.key));
  const checks = after.onPremisesConnections.filter((c) => written.has(c.id)).map((c) => [c.id, c.healthCheckStatusDetail ?? null]);
  return crypto.createHash("sha256").update(stableStringify({ mode, writes, checks })).digest("hex");
}

// ---- what the preview shows -------------------------------------------------------------------

type Entity = Record<string, unknown>;

function entitiesOf(type: PreviewEntityType, snapshot: TenantSnapshot): Map<string, Entity> {
  if (type === "authenticationMethods") {
    return new Map((snapshot.authenticationMethodsPolicy?.authenticationMethodConfigurations ?? []).map((c) => [c.id, c as Entity]));
  }
  if (type === "tenant") {
    const { authenticationMethodConfigurations: _configurations, ...policy } = snapshot.authenticationMethodsPolicy ?? { authenticationMethodConfigurations: [] };
    return new Map([["tenant", policy as Entity]]);
  }
  const section = sectionOf[type]!;
  return new Map((snapshot[section] as unknown as Entity[]).map((e) => [String(keyOf(section, e)), e]));
}

function describe(type: PreviewEntityType, diff: TableDiff, before: TenantSnapshot, after: TenantSnapshot): EntityChanges {
  const old = entitiesOf(type, before);
  const now = entitiesOf(type, after);
  const sample = (change: ChangeKind, key: string, fields: string[]): ChangeSample => ({
    change,
    id: type === "tenant" ? "" : key,
    name: type === "tenant" ? "Authentication methods policy" : nameOf(now.get(key) ?? old.get(key) ?? {}),
    fields,
  });
  const samples = [
    ...diff.creates.slice(0, samplesPerKind).map((c) => sample("new", c.key, [])),
    ...diff.updates.slice(0, samplesPerKind).map((u) => {
      const key = type === "tenant" ? "tenant" : u.key;
      const fields = changedProperties(old.get(key), now.get(key));
      if (diff.childrenChanged.has(u.key)) fields.push("health checks");
      return sample("changed", u.key, fields.length > 0 ? fields : u.columns.map(columnLabel));
    }),
    ...diff.removes.slice(0, samplesPerKind).map((key) => sample("removed", key, [])),
  ];
  return { new: diff.creates.length, changed: diff.updates.length, removed: diff.removes.length, unchanged: diff.unchanged, samples };
}

/** Top-level properties whose values differ; null and absent are the same (as in the stored rows). */
function changedProperties(before: Entity | undefined, after: Entity | undefined): string[] {
  if (!before || !after) return [];
  const same = (a: unknown, b: unknown) => stableStringify(a ?? null) === stableStringify(b ?? null);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !same(before[key], after[key])).sort();
}

/** A changed column with no changed property behind it: a derived value, or a null that became absent. */
function columnLabel(column: string): string {
  if (column === "extraJson") return "other Graph properties";
  return `${column} (derived)`;
}
