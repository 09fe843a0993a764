import { z } from "zod";
import { cloudPcAppIds } from "./enums";

/**
 * What an uploaded file can hold. The Graph collections carry the names of the tenant snapshot's
 * sections; `clients` exists only as CSV (Graph has no such collection).
 */
export const graphCollections = [
  "users",
  "domains",
  "cloudPCs",
  "provisioningPolicies",
  "onPremisesConnections",
  "conditionalAccessPolicies",
  "authenticationMethodsPolicy",
  "remoteDesktopSecurityConfigurations",
] as const;
export type GraphCollection = (typeof graphCollections)[number];

export const csvCollections = ["cloudPCs", "users", "clients"] as const;
export type CsvCollection = (typeof csvCollections)[number];

export const importCollections = [...graphCollections, "clients"] as const;
export type ImportCollection = (typeof importCollections)[number];

/** The two service principals whose remote desktop security configuration decides SSO (graph.md 7.2). */
export const rdpServicePrincipals = [
  { appId: cloudPcAppIds.microsoftRemoteDesktop, name: "Microsoft Remote Desktop", slug: "microsoft-remote-desktop" },
  { appId: cloudPcAppIds.windowsCloudLogin, name: "Windows Cloud Login", slug: "windows-cloud-login" },
] as const;
export type RdpServicePrincipalAppId = (typeof rdpServicePrincipals)[number]["appId"];

/**
 * The admin's word on one uploaded file, for when its content cannot tell: which collection it holds
 * and, for a remote desktop security configuration, which service principal it was read from.
 */
export const FileHint = z.object({
  collection: z.enum(importCollections).optional(),
  servicePrincipalAppId: z.enum([cloudPcAppIds.microsoftRemoteDesktop, cloudPcAppIds.windowsCloudLogin]).optional(),
});
export type FileHint = z.infer<typeof FileHint>;

/** The form fields of an import besides the files: one hint per file (by position) and the options. */
export const ImportRequestFields = z.object({
  tenantId: z.string().min(1).max(200),
  hints: z.array(FileHint).max(500).default([]),
  /** Remove what a complete Graph collection in the upload no longer lists. */
  removeMissing: z.boolean().default(false),
  /** A commit goes ahead only if it would write exactly what the preview showed. */
  expectedPlanHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
export type ImportRequestFields = z.infer<typeof ImportRequestFields>;
