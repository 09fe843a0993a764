import type { z } from "zod";
import {
  Client,
  GraphCloudPc,
  GraphConditionalAccessPolicy,
  GraphDomain,
  GraphOnPremisesConnection,
  GraphProvisioningPolicy,
  GraphUser,
  RemoteDesktopSecurityConfiguration,
} from "@/lib/validations/snapshot";
import type { SnapshotEntityType } from "@/lib/tenant-data/save-snapshot";

/**
 * The snapshot sections an import writes, keyed by their source id, with the schema each entity must
 * meet and the entity type the save reports its counts under (lib/tenant-data/save-snapshot.ts).
 */
export const importSections = [
  "domains",
  "users",
  "cloudPCs",
  "provisioningPolicies",
  "onPremisesConnections",
  "conditionalAccessPolicies",
  "remoteDesktopSecurityConfigurations",
  "clients",
] as const;
export type ImportSection = (typeof importSections)[number];

export const sectionSchemas: Record<ImportSection, z.ZodType<Record<string, unknown>>> = {
  domains: GraphDomain,
  users: GraphUser,
  cloudPCs: GraphCloudPc,
  provisioningPolicies: GraphProvisioningPolicy,
  onPremisesConnections: GraphOnPremisesConnection,
  conditionalAccessPolicies: GraphConditionalAccessPolicy,
  remoteDesktopSecurityConfigurations: RemoteDesktopSecurityConfiguration,
  clients: Client,
};

/** The entity type of the save's counts for each section (plus the methods policy's two). */
export const sectionEntityTypes = {
  domains: "domains",
  users: "users",
  cloudPCs: "cloudPcs",
  provisioningPolicies: "provisioningPolicies",
  onPremisesConnections: "networkConnections",
  conditionalAccessPolicies: "conditionalAccessPolicies",
  remoteDesktopSecurityConfigurations: "remoteDesktopConfigurations",
  clients: "clients",
} as const satisfies Record<ImportSection, SnapshotEntityType>;

/** The entity types an import can change, in the order the preview lists them. */
export const previewEntityTypes = [
  "domains",
  "users",
  "cloudPcs",
  "provisioningPolicies",
  "networkConnections",
  "conditionalAccessPolicies",
  "authenticationMethods",
  "remoteDesktopConfigurations",
  "clients",
  "tenant",
] as const satisfies readonly SnapshotEntityType[];
export type PreviewEntityType = (typeof previewEntityTypes)[number];

export const entityTypeLabels: Record<PreviewEntityType, { one: string; many: string }> = {
  domains: { one: "domain", many: "Domains" },
  users: { one: "user", many: "Users" },
  cloudPcs: { one: "Cloud PC", many: "Cloud PCs" },
  provisioningPolicies: { one: "provisioning policy", many: "Provisioning policies" },
  networkConnections: { one: "network connection", many: "Network connections" },
  conditionalAccessPolicies: { one: "Conditional Access policy", many: "Conditional Access policies" },
  authenticationMethods: { one: "authentication method", many: "Authentication methods" },
  remoteDesktopConfigurations: { one: "remote desktop configuration", many: "Remote desktop configurations" },
  clients: { one: "client", many: "Clients" },
  tenant: { one: "tenant setting", many: "Authentication methods policy settings" },
};

/** The key an entity is matched on: its Graph id, or the service principal for RDP settings. */
export function keyOf(section: ImportSection, entity: Record<string, unknown>): unknown {
  return section === "remoteDesktopSecurityConfigurations" ? entity.servicePrincipalAppId : entity.id;
}

/** A name to show for an entity in the preview. */
export function nameOf(entity: Record<string, unknown>): string {
  for (const key of ["displayName", "userPrincipalName", "servicePrincipalName", "deviceName", "id"]) {
    if (typeof entity[key] === "string" && entity[key] !== "") return entity[key] as string;
  }
  return "";
}
