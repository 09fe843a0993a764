import { derived, graph, type Fact } from "@/lib/inventory/facts";
import { coversCloudPcApps, requiresMfa } from "@/lib/rules/facts";
import { caPolicyStateLabels, graphValueLabel } from "@/lib/ui/labels";
import { cloudPcAppIds } from "@/lib/validations/enums";
import type { GraphConditionalAccessPolicy } from "@/lib/validations/snapshot";
import { signInFrequencyText } from "./sign-in-frequency";

const appNames: Record<string, string> = {
  [cloudPcAppIds.windows365]: "Windows 365",
  [cloudPcAppIds.azureVirtualDesktop]: "Azure Virtual Desktop",
  [cloudPcAppIds.microsoftRemoteDesktop]: "Microsoft Remote Desktop",
  [cloudPcAppIds.windowsCloudLogin]: "Windows Cloud Login",
};

/** Application ids with the names of the Cloud PC apps Sightline knows ("All" stays "All"). */
export function appList(ids: string[] | null | undefined): string | null {
  if (ids === null || ids === undefined) return null;
  if (ids.length === 0) return "none";
  return ids.map((id) => appNames[id.toLowerCase()] ?? id).join(", ");
}

const listOf = (values: string[] | null | undefined) => (values === null || values === undefined ? null : values.length === 0 ? "none" : values.join(", "));

/** Every fact of a Conditional Access policy with its source, and the two readings the rules make of it. */
export function conditionalAccessFacts(policy: GraphConditionalAccessPolicy): Fact[] {
  const apps = policy.conditions?.applications;
  const users = policy.conditions?.users;
  const grant = policy.grantControls;
  const session = policy.sessionControls;
  return [
    { label: "Name", value: policy.displayName, source: graph("conditionalAccessPolicy.displayName") },
    { label: "Id", value: policy.id, source: graph("conditionalAccessPolicy.id") },
    { label: "State", value: policy.state, display: graphValueLabel(caPolicyStateLabels, policy.state), source: graph("conditionalAccessPolicy.state") },
    { label: "Included apps", value: appList(apps?.includeApplications), source: graph("conditions.applications.includeApplications") },
    { label: "Excluded apps", value: appList(apps?.excludeApplications), source: graph("conditions.applications.excludeApplications") },
    { label: "Included users", value: listOf(users?.includeUsers), source: graph("conditions.users.includeUsers") },
    { label: "Excluded users", value: listOf(users?.excludeUsers), source: graph("conditions.users.excludeUsers") },
    { label: "Included groups", value: listOf(users?.includeGroups), source: graph("conditions.users.includeGroups") },
    { label: "Excluded groups", value: listOf(users?.excludeGroups), source: graph("conditions.users.excludeGroups") },
    { label: "Grant controls", value: listOf(grant?.builtInControls), source: graph("grantControls.builtInControls") },
    { label: "Grant operator", value: grant?.operator ?? null, source: graph("grantControls.operator") },
    { label: "Authentication strength", value: grant?.authenticationStrength?.displayName ?? grant?.authenticationStrength?.id ?? null, source: graph("grantControls.authenticationStrength") },
    { label: "Sign-in frequency", value: signInFrequencyText(session?.signInFrequency) ?? (session?.signInFrequency ? "off" : null), source: graph("sessionControls.signInFrequency") },
    {
      label: "Token protection",
      value: session?.secureSignInSession?.isEnabled ?? null,
      source: graph("sessionControls.secureSignInSession.isEnabled"),
    },
    { label: "Covers the Cloud PC apps", value: coversCloudPcApps(policy), source: derived("included and excluded apps (All, or both Windows 365 and Azure Virtual Desktop)") },
    { label: "Requires MFA", value: requiresMfa(policy), source: derived("grant controls (mfa, or an authentication strength)") },
  ];
}
