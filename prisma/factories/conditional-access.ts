import { cloudPcAppIds } from "../../lib/validations/enums";
import type { GraphConditionalAccessPolicy } from "../../lib/validations/snapshot";
import { isoDaysAgo } from "./clock";
import { entityId, type TenantContext } from "./tenant";

/** The four apps Windows 365 guidance says to target together (graph.md 5.1). */
export const allCloudPcApps = [
  cloudPcAppIds.windows365,
  cloudPcAppIds.azureVirtualDesktop,
  cloudPcAppIds.microsoftRemoteDesktop,
  cloudPcAppIds.windowsCloudLogin,
];

/** Built-in authentication strengths (graph.md 5). */
export const authenticationStrengths = {
  mfa: { id: "00000000-0000-0000-0000-000000000002", displayName: "Multifactor authentication" },
  passwordless: { id: "00000000-0000-0000-0000-000000000003", displayName: "Passwordless MFA" },
  phishingResistant: { id: "00000000-0000-0000-0000-000000000004", displayName: "Phishing-resistant MFA" },
} as const;

export interface CaPolicyInput {
  key: string;
  displayName: string;
  state: "enabled" | "disabled" | "enabledForReportingButNotEnforced";
  /** App ids or "All"; defaults to the four Cloud PC apps. */
  applications?: string[];
  excludeApplications?: string[];
  includeUsers?: string[];
  excludeUsers?: string[];
  includeGroups?: string[];
  excludeGroups?: string[];
  /** Grant `mfa` as a built-in control. */
  mfa?: boolean;
  authenticationStrength?: keyof typeof authenticationStrengths;
  signInFrequency?: { value: number; type: "hours" | "days" } | { everyTime: true };
  /** `secureSignInSession`: token protection. */
  tokenProtection?: boolean;
}

/** A `conditionalAccessPolicy` in Graph's shape (graph.md 5.2). */
export function makeCaPolicy(ctx: TenantContext, input: CaPolicyInput): GraphConditionalAccessPolicy {
  const grants = input.mfa || input.authenticationStrength;
  const frequency = input.signInFrequency;
  return {
    id: entityId(ctx, "conditionalAccessPolicy", input.key),
    displayName: input.displayName,
    createdDateTime: isoDaysAgo(320, ctx.epochMs),
    modifiedDateTime: isoDaysAgo(21, ctx.epochMs),
    state: input.state,
    conditions: {
      clientAppTypes: ["all"],
      applications: {
        includeApplications: input.applications ?? allCloudPcApps,
        excludeApplications: input.excludeApplications ?? [],
        includeUserActions: [],
      },
      users: {
        includeUsers: input.includeUsers ?? [],
        excludeUsers: input.excludeUsers ?? [],
        includeGroups: input.includeGroups ?? [],
        excludeGroups: input.excludeGroups ?? [],
        includeRoles: [],
        excludeRoles: [],
      },
    },
    grantControls: grants
      ? {
          operator: "OR",
          builtInControls: input.mfa ? ["mfa"] : [],
          customAuthenticationFactors: [],
          termsOfUse: [],
          authenticationStrength: input.authenticationStrength ? authenticationStrengths[input.authenticationStrength] : null,
        }
      : null,
    sessionControls:
      frequency || input.tokenProtection
        ? {
            signInFrequency: frequency
              ? "everyTime" in frequency
                ? { isEnabled: true, value: null, type: null, frequencyInterval: "everyTime", authenticationType: "primaryAndSecondaryAuthentication" }
                : { isEnabled: true, ...frequency, frequencyInterval: "timeBased", authenticationType: "primaryAndSecondaryAuthentication" }
              : null,
            secureSignInSession: input.tokenProtection ? { isEnabled: true } : null,
          }
        : null,
  };
}
