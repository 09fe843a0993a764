import type {
  GraphCloudPc,
  GraphConditionalAccessPolicy,
  GraphProvisioningPolicy,
} from "../validations/snapshot";
import { cloudPcAppIds } from "../validations/enums";

/**
 * Small derived facts the rules share (docs/rule-inputs.md, "Terms used below"). Each is a pure
 * function of snapshot objects, so the UI and the index can use them too. `null` always means
 * "the snapshot does not say", never "no".
 */

const lower = (value: string | null | undefined) => (value ?? "").trim().toLowerCase();

/** The first domain join configuration: Graph orders the list by priority. */
function firstJoinConfiguration(policy: GraphProvisioningPolicy) {
  return policy.domainJoinConfigurations?.[0] ?? null;
}

/**
 * Join type of a provisioning policy. Older Graph payloads still send the deprecated `type`
 * (graph.md 2.2), so it is read when `domainJoinType` is absent. Unknown Graph values are kept.
 */
export function policyJoinType(policy: GraphProvisioningPolicy): string | null {
  const configuration = firstJoinConfiguration(policy);
  return configuration?.domainJoinType ?? configuration?.type ?? null;
}

export function policyNetworkConnectionId(policy: GraphProvisioningPolicy): string | null {
  return firstJoinConfiguration(policy)?.onPremisesConnectionId ?? null;
}

export const isHybridJoin = (joinType: string | null) => joinType === "hybridAzureADJoin";
export const isEntraJoin = (joinType: string | null) => joinType === "azureADJoin";

export interface SsoApplied {
  value: boolean | null;
  /** Where the value came from: the Cloud PC's applied setting wins over the policy's intent. */
  source: "connectionSetting" | "provisioningPolicy" | null;
}

/** SSO applied on a Cloud PC: `connectionSetting.enableSingleSignOn` when present, else its policy's flag. */
export function ssoApplied(cloudPc: GraphCloudPc, policy: GraphProvisioningPolicy | null): SsoApplied {
  const applied = cloudPc.connectionSetting?.enableSingleSignOn;
  if (applied === true || applied === false) return { value: applied, source: "connectionSetting" };
  const intended = policy?.enableSingleSignOn;
  if (intended === true || intended === false) return { value: intended, source: "provisioningPolicy" };
  return { value: null, source: null };
}

const windows365 = cloudPcAppIds.windows365.toLowerCase();
const azureVirtualDesktop = cloudPcAppIds.azureVirtualDesktop.toLowerCase();

/**
 * A CA policy covers the Cloud PC apps when it includes All (or both Windows 365 and Azure Virtual
 * Desktop, the two apps every connection authenticates to) and excludes neither of them.
 */
export function coversCloudPcApps(policy: GraphConditionalAccessPolicy): boolean {
  const applications = policy.conditions?.applications;
  const included = new Set((applications?.includeApplications ?? []).map(lower));
  const excluded = new Set((applications?.excludeApplications ?? []).map(lower));
  const includes = included.has("all") || (included.has(windows365) && included.has(azureVirtualDesktop));
  return includes && !excluded.has(windows365) && !excluded.has(azureVirtualDesktop);
}

export function requiresMfa(policy: GraphConditionalAccessPolicy): boolean {
  const grant = policy.grantControls;
  if (!grant) return false;
  return (grant.builtInControls ?? []).some((control) => lower(control) === "mfa") || Boolean(grant.authenticationStrength);
}

export const isEnabledState = (policy: GraphConditionalAccessPolicy) => policy.state === "enabled";

/**
 * Whether a CA policy's user conditions take in a user. `GuestsOrExternalUsers` counts only for
 * external identities; an exclusion always wins, as in Entra.
 */
export function caAppliesToUser(
  policy: GraphConditionalAccessPolicy,
  user: { id: string; memberOf?: string[] },
  isExternal: boolean,
): boolean {
  const users = policy.conditions?.users;
  if (!users) return false;
  const groups = new Set(user.memberOf ?? []);
  const names = (list: string[] | null | undefined) => new Set((list ?? []).map(lower));
  const matches = (list: string[] | null | undefined, groupList: string[] | null | undefined, all: boolean) => {
    const ids = names(list);
    return (
      (all && ids.has("all")) ||
      (isExternal && ids.has("guestsorexternalusers")) ||
      ids.has(lower(user.id)) ||
      (groupList ?? []).some((groupId) => groups.has(groupId))
    );
  };
  return matches(users.includeUsers, users.includeGroups, true) && !matches(users.excludeUsers, users.excludeGroups, true);
}

/**
 * A Windows feature release ("24H2", or the older "2004"/"1909" form) as a comparable number:
 * year * 10 + half. `null` when the text is not a release.
 */
export function parseOsRelease(release: string | null | undefined): number | null {
  const text = (release ?? "").trim().toUpperCase();
  const halfYear = /^(\d{2})H([12])$/.exec(text);
  if (halfYear) return Number(halfYear[1]) * 10 + Number(halfYear[2]);
  const yearMonth = /^(\d{2})(\d{2})$/.exec(text);
  if (yearMonth) return Number(yearMonth[1]) * 10 + (Number(yearMonth[2]) <= 6 ? 1 : 2);
  return null;
}

/** `release >= minimum`, or null when either is not a release. */
export function osReleaseAtLeast(release: string | null | undefined, minimum: string): boolean | null {
  const value = parseOsRelease(release);
  const floor = parseOsRelease(minimum);
  if (value === null || floor === null) return null;
  return value >= floor;
}

/** Months are "YYYY-MM" (the schema checks it), so text order is time order. */
export const monthAtLeast = (month: string, minimum: string) => month >= minimum;

export interface LocalOs {
  family: "windows" | "other";
  /** 10 or 11 for Windows; null when not stated. */
  windowsVersion: number | null;
  release: string | null;
}

/** Reads a client's free-text local OS such as "Windows 11 24H2", "Windows 10 Enterprise 1909" or "macOS 15". */
export function parseLocalOs(localOs: string): LocalOs {
  const text = localOs.trim();
  if (!/windows/i.test(text)) return { family: "other", windowsVersion: null, release: null };
  const version = /windows\s*(1[01])\b/i.exec(text);
  const release = /\b(\d{2}H[12]|\d{4})\b/i.exec(text.replace(/windows\s*1[01]/i, ""));
  return {
    family: "windows",
    windowsVersion: version ? Number(version[1]) : null,
    release: release ? release[1].toUpperCase() : null,
  };
}

/** Parses an ISO time to epoch ms; unparseable times sort last rather than throwing. */
export function timeOf(iso: string | null | undefined): number {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}
