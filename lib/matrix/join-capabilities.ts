import type { JoinType, IdentityType } from "@/lib/validations/enums";
import type { RuleId } from "@/lib/rules/types";

/**
 * The capability matrix by join type, as Microsoft documents it (seed 003, "Device join types"), with
 * the catalog rules that flag a tenant breaking each cell. This is reference data, not a rule: the
 * verdicts come from the findings of those rules.
 */
export interface JoinCapability {
  key: string;
  capability: string;
  cells: Record<JoinType, { text: string; breakingRules: RuleId[] }>;
}

export const joinCapabilities: JoinCapability[] = [
  {
    key: "subscription",
    capability: "Azure subscription",
    cells: {
      hybridAzureADJoin: { text: "Required", breakingRules: ["JOIN-001"] },
      azureADJoin: { text: "Optional", breakingRules: [] },
    },
  },
  {
    key: "lineOfSight",
    capability: "Azure virtual network with line of sight to a domain controller",
    cells: {
      hybridAzureADJoin: { text: "Required", breakingRules: ["JOIN-002", "SSO-004"] },
      azureADJoin: { text: "Optional", breakingRules: [] },
    },
  },
  {
    key: "identityTypes",
    capability: "Identity types that can sign in",
    cells: {
      hybridAzureADJoin: { text: "Hybrid only", breakingRules: ["JOIN-003", "EXT-001"] },
      azureADJoin: { text: "Hybrid, cloud-only, external (preview)", breakingRules: ["FED-002", "EXT-004"] },
    },
  },
  {
    key: "policyManagement",
    capability: "Policy management",
    cells: {
      hybridAzureADJoin: { text: "Group Policy or Intune MDM", breakingRules: [] },
      azureADJoin: { text: "Intune MDM only", breakingRules: ["JOIN-004"] },
    },
  },
  {
    key: "whfb",
    capability: "Windows Hello for Business sign-in",
    cells: {
      hybridAzureADJoin: { text: "Yes; the connecting device needs line of sight to a DC (network or VPN)", breakingRules: ["JOIN-005"] },
      azureADJoin: { text: "Yes", breakingRules: [] },
    },
  },
];

/**
 * Which identity types each join type supports for sign-in (seed 003). Federated identities sign in to
 * Entra-joined Cloud PCs through single sign-on ("Windows 365 supports federated identities when single
 * sign-on is enabled").
 */
export const identitySupport: Record<IdentityType, Record<JoinType, { supported: boolean; note: string; breakingRules: RuleId[] }>> = {
  hybrid: {
    hybridAzureADJoin: { supported: true, note: "Supported", breakingRules: ["JOIN-002", "SSO-004"] },
    azureADJoin: { supported: true, note: "Supported", breakingRules: [] },
  },
  cloudOnly: {
    hybridAzureADJoin: { supported: false, note: "Not supported: no account in AD DS", breakingRules: ["JOIN-003"] },
    azureADJoin: { supported: true, note: "Supported", breakingRules: [] },
  },
  federated: {
    hybridAzureADJoin: { supported: false, note: "Not supported", breakingRules: ["JOIN-003"] },
    azureADJoin: { supported: true, note: "Supported with single sign-on", breakingRules: ["FED-001", "FED-002"] },
  },
  external: {
    hybridAzureADJoin: { supported: false, note: "Not supported", breakingRules: ["JOIN-003", "EXT-001"] },
    azureADJoin: {
      supported: true,
      note: "Preview: Windows 11 Enterprise 24H2+ with KB5065789, SSO, Windows App on Windows or the web",
      breakingRules: ["EXT-002", "EXT-003", "EXT-004", "EXT-005", "EXT-006"],
    },
  },
};
