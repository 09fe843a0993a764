import type { z } from "zod";
import { stableStringify } from "@/lib/tenant-data/json-columns";
import { rdpServicePrincipals, type GraphCollection } from "@/lib/validations/import";
import { isMissingValue } from "@/lib/validations/issues";
import { GraphAuthenticationMethodsPolicy, type TenantSnapshot } from "@/lib/validations/snapshot";
import { jsonPath } from "@/lib/snapshot/parse";
import type { CsvFile } from "./csv/read-csv-file";
import { csvTemplates } from "./csv/templates";
import type { GraphFile } from "./graph/read-graph-file";
import type { ImportIssue } from "./issues";
import { entityTypeLabels, importSections, keyOf, sectionEntityTypes, sectionSchemas, type ImportSection } from "./sections";

/** Where a value came from: a file and a JSON path or CSV line. */
interface Origin {
  file: string;
  location: string;
  csv: boolean;
}

interface Layer {
  value: Record<string, unknown>;
  origin: Origin;
}

type Layers = Record<ImportSection, { graph: Map<string, Layer>; csv: Map<string, Layer> }>;

export interface MergedImport {
  /** The tenant as it would be after the import: the stored snapshot with the files merged in. */
  merged: TenantSnapshot;
  /** Keys of the entities the files name, per section. */
  named: Record<ImportSection, Set<string>>;
  /** Whether the files hold the authentication methods policy. */
  policyNamed: boolean;
  /** The ids of the method configurations that policy lists. */
  listedConfigurations: Set<string> | null;
  issues: ImportIssue[];
}

// Annotations of a response, not properties of the entity: a GET-by-id response carries them inline.
const responseAnnotations = new Set(["@odata.context", "@odata.nextLink", "@odata.count", "@odata.deltaLink"]);
// Objects whose properties come from different sources and are merged one level deep.
const nestedMerged = new Set(["sightline", "connectionSetting"]);

const graphSections: Record<Exclude<GraphCollection, "authenticationMethodsPolicy">, ImportSection> = {
  users: "users",
  domains: "domains",
  cloudPCs: "cloudPCs",
  provisioningPolicies: "provisioningPolicies",
  onPremisesConnections: "onPremisesConnections",
  conditionalAccessPolicies: "conditionalAccessPolicies",
  remoteDesktopSecurityConfigurations: "remoteDesktopSecurityConfigurations",
};

function withoutAnnotations(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) if (!responseAnnotations.has(key)) out[key] = value[key];
  return out;
}

/**
 * An entity with the properties of each layer laid over it, in order. A property a file leaves out is
 * kept: a Graph response never holds Sightline's own facts (`sightline`), and a `$select` may leave
 * out Graph properties the tenant already has. `sightline` and `connectionSetting` merge by property,
 * so a CSV of facts and a Graph export of the same users complete each other.
 */
export function overlay(base: Record<string, unknown> | undefined, ...layers: (Record<string, unknown> | undefined)[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const layer of layers) {
    if (!layer) continue;
    for (const key in layer) {
      const value = layer[key];
      const before = out[key];
      out[key] = nestedMerged.has(key) && isObject(value) && isObject(before) ? { ...before, ...value } : value;
    }
  }
  return out;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Merges what the files hold onto the tenant's stored snapshot, in memory. Graph files are laid on
 * first and CSV files over them. The same entity twice in files of one kind must say the same thing.
 * Every entity the files name is then checked against the snapshot schema, with the problem
 * reported at its place in the file.
 */
export function mergeImport(current: TenantSnapshot, graph: GraphFile[], csv: CsvFile[]): MergedImport {
  const issues: ImportIssue[] = [];
  const layers = collectLayers(graph, csv, issues);
  const merged: TenantSnapshot = { ...current };
  const named = Object.fromEntries(importSections.map((section) => [section, new Set<string>()])) as Record<ImportSection, Set<string>>;

  for (const section of importSections) {
    const { graph: fromGraph, csv: fromCsv } = layers[section];
    if (fromGraph.size === 0 && fromCsv.size === 0) continue;
    const stored = current[section] as unknown as Record<string, unknown>[];
    const byKey = new Map(stored.map((entity) => [String(keyOf(section, entity)), entity]));
    for (const key of new Set([...fromGraph.keys(), ...fromCsv.keys()])) {
      const before = byKey.get(key);
      const graphLayer = fromGraph.get(key);
      const csvLayer = fromCsv.get(key);
      named[section].add(key);
      // A new entity from a CSV row that lacks its required columns is reported once, by column name.
      if (csvLayer && !before && !graphLayer && !hasNewColumns(section, csvLayer, issues)) continue;
      const csvValue = csvLayer && section === "clients" ? resolveClientUser(csvLayer, merged, issues) : csvLayer?.value;
      const entity = overlay(before, graphLayer?.value, csvValue);
      const checked = check(section, entity, [graphLayer, csvLayer], issues);
      if (checked) byKey.set(key, checked);
    }
    (merged as Record<string, unknown>)[section] = [...byKey.values()];
  }
  const policy = mergePolicy(current, graph, issues);
  if (policy) merged.authenticationMethodsPolicy = policy;
  checkClientUsers(merged, named.clients, layers.clients.csv, issues);
  return { merged, named, policyNamed: policy !== null, listedConfigurations: listedConfigurationsOf(graph), issues };
}

function collectLayers(graph: GraphFile[], csv: CsvFile[], issues: ImportIssue[]): Layers {
  const layers = Object.fromEntries(importSections.map((section) => [section, { graph: new Map(), csv: new Map() }])) as Layers;
  for (const file of graph) {
    if (file.collection === "authenticationMethodsPolicy") continue;
    const section = graphSections[file.collection];
    for (const item of file.items) {
      let value = withoutAnnotations(item.value);
      if (section === "remoteDesktopSecurityConfigurations") value = withServicePrincipal(value, file.servicePrincipalAppId!);
      add(layers[section].graph, section, { value, origin: { file: file.file, location: item.path, csv: false } }, issues);
    }
  }
  for (const file of csv) {
    for (const row of file.rows) add(layers[file.collection].csv, file.collection, { value: row.value, origin: { file: file.file, location: row.location, csv: true } }, issues);
  }
  return layers;
}

function withServicePrincipal(value: Record<string, unknown>, appId: string): Record<string, unknown> {
  const known = rdpServicePrincipals.find((sp) => sp.appId === appId);
  return { ...value, servicePrincipalAppId: appId, servicePrincipalName: value.servicePrincipalName ?? known?.name ?? null };
}

function add(into: Map<string, Layer>, section: ImportSection, layer: Layer, issues: ImportIssue[]): void {
  const key = keyOf(section, layer.value);
  if (typeof key !== "string" || key === "") {
    issues.push(issueAt(layer.origin, ["id"], "every object needs its id (a non-empty string)"));
    return;
  }
  const earlier = into.get(key);
  if (!earlier) {
    into.set(key, layer);
    return;
  }
  // The same object in two pages or files is fine when it says the same thing; otherwise one would silently win.
  if (stableStringify(earlier.value) !== stableStringify(layer.value)) {
    const what = section === "remoteDesktopSecurityConfigurations" ? `the configuration of service principal ${key}` : `${entityTypeLabels[sectionEntityTypes[section]].one} ${key}`;
    issues.push(issueAt(layer.origin, [], `${what} is also at ${where(earlier.origin)}, with different values`));
  }
}

const where = (origin: Origin) => `${origin.file} (${origin.location})`;

function issueAt(origin: Origin, path: PropertyKey[], message: string): ImportIssue {
  if (origin.csv) return { file: origin.file, location: path.length ? `${origin.location}, ${path.map(String).join(".")}` : origin.location, message };
  const below = jsonPath(path).slice(1);
  return { file: origin.file, location: `${origin.location}${below}`, message };
}

function hasNewColumns(section: ImportSection, layer: Layer, issues: ImportIssue[]): boolean {
  const template = csvTemplates[section as keyof typeof csvTemplates];
  if (!template) return true;
  const missing = template.columns.filter((c) => c.requiredForNew && getPath(layer.value, c.target) === undefined).map((c) => c.header);
  if (missing.length > 0) {
    issues.push({ file: layer.origin.file, location: layer.origin.location, message: `a new ${entityTypeLabels[sectionEntityTypes[section]].one} needs ${missing.join(" and ")}` });
  }
  return missing.length === 0;
}

function getPath(value: Record<string, unknown>, path: readonly string[]): unknown {
  let node: unknown = value;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  return node;
}

/** Validates a merged entity; problems are reported in the file that set the property at fault. */
function check(section: ImportSection, entity: Record<string, unknown>, layers: (Layer | undefined)[], issues: ImportIssue[]): Record<string, unknown> | null {
  const parsed = sectionSchemas[section].safeParse(entity);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 10)) {
      const top = issue.path[0];
      const layer = [...layers].reverse().find((l) => l && top !== undefined && String(top) in l.value) ?? layers.find(Boolean)!;
      issues.push(issueAt(layer.origin, issue.path, messageOf(issue)));
    }
    return null;
  }
  if (section === "users") checkOverride(parsed.data, layers, issues);
  return parsed.data;
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (!isMissingValue(issue)) return issue.message;
  // An entity's own property is missing only when the entity is new (a stored one keeps its value).
  return issue.path.length === 1 ? "this property is missing, and a new entity needs it" : "this property is missing";
}

function checkOverride(user: Record<string, unknown>, layers: (Layer | undefined)[], issues: ImportIssue[]): void {
  const facts = isObject(user.sightline) ? user.sightline : {};
  if (facts.identityTypeOverride && !facts.identityTypeOverrideReason) {
    const layer = layers[1] ?? layers[0]!;
    issues.push(issueAt(layer.origin, ["sightline", "identityTypeOverrideReason"], "an identity type override needs its reason"));
  }
}

/** A client row may name its user by UPN instead of id; the user must be in the tenant or in this import. */
function resolveClientUser(layer: Layer, merged: TenantSnapshot, issues: ImportIssue[]): Record<string, unknown> {
  const { userPrincipalName, ...value } = layer.value;
  if (typeof userPrincipalName !== "string") return value;
  const user = merged.users.find((u) => u.userPrincipalName.toLowerCase() === userPrincipalName.toLowerCase());
  if (!user) {
    issues.push(issueAt(layer.origin, ["userPrincipalName"], `no user ${userPrincipalName} in the tenant or in this import`));
    return value;
  }
  if (typeof value.userId === "string" && value.userId !== user.id) {
    issues.push(issueAt(layer.origin, ["userId"], `userId ${value.userId} is not the id of ${userPrincipalName} (${user.id})`));
  }
  return { ...value, userId: user.id };
}

function checkClientUsers(merged: TenantSnapshot, named: Set<string>, layers: Map<string, Layer>, issues: ImportIssue[]): void {
  if (named.size === 0) return;
  const userIds = new Set(merged.users.map((user) => user.id));
  for (const client of merged.clients) {
    if (!named.has(client.id) || userIds.has(client.userId)) continue;
    const layer = layers.get(client.id);
    if (layer) issues.push(issueAt(layer.origin, ["userId"], `no user with id ${client.userId} in the tenant or in this import`));
  }
}

/** The authentication methods policy: its own properties laid over, its configurations merged by id. */
function mergePolicy(current: TenantSnapshot, graph: GraphFile[], issues: ImportIssue[]): TenantSnapshot["authenticationMethodsPolicy"] | null {
  const files = graph.filter((file) => file.collection === "authenticationMethodsPolicy");
  if (files.length === 0) return null;
  const [first, ...rest] = files;
  const incoming = withoutAnnotations(first.items[0].value);
  for (const other of rest) {
    if (stableStringify(withoutAnnotations(other.items[0].value)) !== stableStringify(incoming)) {
      issues.push({ file: other.file, message: `the authentication methods policy is also in ${first.file}, with different values` });
    }
  }
  const { authenticationMethodConfigurations: incomingConfigurations, ...properties } = incoming;
  const { authenticationMethodConfigurations: storedConfigurations = [], ...storedProperties } = current.authenticationMethodsPolicy ?? {};
  // The file's configurations first, in its order, so a problem's index is the one in the file.
  const stored = new Map(storedConfigurations.map((c) => [c.id, c as Record<string, unknown>]));
  const configurations: unknown[] = [];
  const listed = new Set<unknown>();
  for (const configuration of Array.isArray(incomingConfigurations) ? incomingConfigurations : []) {
    const id = isObject(configuration) ? configuration.id : undefined;
    configurations.push(typeof id === "string" ? overlay(stored.get(id), configuration as Record<string, unknown>) : configuration);
    listed.add(id);
  }
  for (const [id, configuration] of stored) if (!listed.has(id)) configurations.push(configuration);
  const policy = { ...storedProperties, ...properties, authenticationMethodConfigurations: Array.isArray(incomingConfigurations) || stored.size > 0 ? configurations : incomingConfigurations };
  const parsed = GraphAuthenticationMethodsPolicy.safeParse(policy);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 10)) issues.push({ file: first.file, location: `${first.items[0].path}${jsonPath(issue.path).slice(1)}`, message: messageOf(issue) });
    return null;
  }
  return parsed.data;
}

function listedConfigurationsOf(graph: GraphFile[]): Set<string> | null {
  const file = graph.find((f) => f.collection === "authenticationMethodsPolicy");
  const configurations = file?.items[0].value.authenticationMethodConfigurations;
  if (!Array.isArray(configurations)) return null;
  return new Set(configurations.flatMap((c) => (isObject(c) && typeof c.id === "string" ? [c.id] : [])));
}
