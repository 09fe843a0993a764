import type { ImportCollection } from "@/lib/validations/import";

/** How the upload form and the messages name each collection. */
export const collectionLabels: Record<ImportCollection, string> = {
  users: "users",
  domains: "domains",
  cloudPCs: "Cloud PCs",
  provisioningPolicies: "provisioning policies",
  onPremisesConnections: "network connections",
  conditionalAccessPolicies: "Conditional Access policies",
  authenticationMethodsPolicy: "the authentication methods policy",
  remoteDesktopSecurityConfigurations: "a remote desktop security configuration",
  clients: "clients",
};

/** The Graph request that returns each collection, shown in the form and in docs/import.md. */
export const collectionRequests: Record<Exclude<ImportCollection, "clients">, string> = {
  users: "GET /users?$select=…",
  domains: "GET /domains",
  cloudPCs: "GET /deviceManagement/virtualEndpoint/cloudPCs",
  provisioningPolicies: "GET /deviceManagement/virtualEndpoint/provisioningPolicies?$expand=assignments",
  onPremisesConnections: "GET /deviceManagement/virtualEndpoint/onPremisesConnections",
  conditionalAccessPolicies: "GET /identity/conditionalAccess/policies",
  authenticationMethodsPolicy: "GET /policies/authenticationMethodsPolicy",
  remoteDesktopSecurityConfigurations: "GET /servicePrincipals(appId='…')/remoteDesktopSecurityConfiguration",
};
