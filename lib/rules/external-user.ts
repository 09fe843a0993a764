import { caAppliesToUser, coversCloudPcApps, isEnabledState } from "./facts";
import { externalSource, externalUsers } from "./external-cloud-pc";
import { identityEvidence, tenantRef, userRef, userSubject } from "./subjects";
import type { TenantIndex, UserEntry } from "./tenant-index";
import type { RuleDefinition, RuleResult } from "./types";
import { assess, type Assessment } from "./assessment";

/** External identity limitations that concern the user rather than a device (seed 003, "Limitations"). */

function eachExternalUser(index: TenantIndex, id: RuleDefinition["id"], judge: (user: UserEntry, v: Assessment) => Assessment | null): RuleResult[] {
  const results: RuleResult[] = [];
  for (const user of externalUsers(index)) {
    const v = judge(user, assess(id, userSubject(user)).note(identityEvidence(user)));
    if (v) results.push(v.result());
  }
  return results;
}

export const externalUserRules: RuleDefinition[] = [
  {
    id: "EXT-007",
    title: "Device configuration policies assigned to an external identity as a user",
    severity: "medium",
    stalls: false,
    phase: "inSession",
    entityType: "user",
    rationale:
      "Intune device configuration policies assigned to an external identity are not applied to that user's Cloud PC. The settings the admin meant for the guest's Cloud PC are missing in the session.",
    remediation: [
      "Assign the listed device configuration policies to a device group that holds the external users' Cloud PCs.",
      "Remove the user (or the user's group) from the policies' assignments so the intent is clear.",
    ],
    source: externalSource,
    evaluate: ({ index }) =>
      eachExternalUser(index, "EXT-007", (user, v) => {
        const userTargeted = (index.assignmentsByUserId.get(user.user.id) ?? []).filter(
          (assignment) => assignment.managementType === "intune" && assignment.target === "user",
        );
        if (userTargeted.length === 0) return v.note({ label: "Device configuration policies assigned to the user", value: 0, ref: userRef(user) });
        return v.fail(...userTargeted.map((assignment) => ({ label: "Device configuration policy assigned to the user", value: assignment.displayName })));
      }),
  },
  {
    id: "EXT-008",
    title: "External identity in a Windows 365 Government tenant",
    severity: "critical",
    stalls: false,
    phase: "cloudService",
    entityType: "user",
    rationale:
      "Only Windows 365 commercial editions (Enterprise, Business and Frontline) support external identities. Windows 365 Government does not, so the guest cannot be given a Cloud PC in this tenant.",
    remediation: [
      "Give the person a member account in this tenant instead of a guest invitation.",
      "Or provide the Cloud PC from a commercial Windows 365 tenant.",
    ],
    source: externalSource,
    evaluate: ({ index }) =>
      eachExternalUser(index, "EXT-008", (_user, v) => {
        const edition = { label: "Windows 365 edition of the tenant", value: index.tenant.edition, ref: tenantRef(index) };
        return index.tenant.edition === "government" ? v.fail(edition) : v.note(edition);
      }),
  },
  {
    id: "EXT-009",
    title: "External identity invited from Azure Government or Azure operated by 21Vianet",
    severity: "critical",
    stalls: false,
    phase: "cloudService",
    entityType: "user",
    rationale:
      "Cross-cloud users are not supported: Cloud PCs can only be provided to users invited from social identity providers, Entra users of the Azure commercial cloud, or identity providers registered in the workforce tenant. Users invited from Azure Government or 21Vianet cannot be provisioned.",
    remediation: [
      "Invite the person with an account from the Azure commercial cloud or a supported identity provider.",
      "Remove the cross-cloud guest from the Cloud PC assignment group.",
    ],
    source: externalSource,
    evaluate: ({ index }) =>
      eachExternalUser(index, "EXT-009", (user, v) => {
        const homeCloud = user.user.sightline?.homeCloud ?? null;
        const item = { label: "Home cloud the user was invited from", value: homeCloud, ref: userRef(user) };
        if (homeCloud === null) return v.missing(`The cloud ${user.user.userPrincipalName} was invited from: commercial, usGovernment or china21Vianet (sightline.homeCloud)`);
        return homeCloud === "commercial" ? v.note(item) : v.fail(item);
      }),
  },
  {
    id: "EXT-010",
    title: "Token protection applies to an external identity",
    severity: "medium",
    stalls: false,
    phase: "cloudService",
    entityType: "user",
    rationale:
      "Microsoft Entra token protection has limitations for external identities, and Windows App supports it differently on each platform. A token protection policy that takes in a guest can block that guest's sign-in to the Cloud PC apps.",
    remediation: [
      "Check the Windows App platforms the guest uses against token protection support.",
      "Exclude guests and external users from the token protection policy, or scope it to supported platforms.",
    ],
    source: externalSource,
    evaluate({ index }) {
      // Token protection policies are few; filter them once, not per user.
      const tokenProtection = index.conditionalAccessPolicies.filter(
        (policy) => isEnabledState(policy) && coversCloudPcApps(policy) && policy.sessionControls?.secureSignInSession?.isEnabled === true,
      );
      return eachExternalUser(index, "EXT-010", (user, v) => {
        const applying = tokenProtection.filter((policy) => caAppliesToUser(policy, user.user, true));
        if (applying.length === 0) return v.note({ label: "Enabled token protection policies that include the user", value: 0, ref: userRef(user) });
        return v.fail(
          ...applying.map((policy) => ({
            label: "Token protection policy includes the user",
            value: policy.displayName,
            ref: { entityType: "conditionalAccessPolicy" as const, entityId: policy.id },
          })),
        );
      });
    },
  },
  {
    id: "EXT-011",
    title: "External identity needs on-premises resources over Kerberos or NTLM",
    severity: "high",
    stalls: false,
    phase: "inSession",
    entityType: "user",
    rationale:
      "External identities cannot authenticate to on-premises resources with Kerberos or NTLM. File shares, intranet sites and apps that rely on them will refuse the guest inside the session.",
    remediation: [
      "Publish the resource through a method that accepts Entra tokens (for example Entra application proxy).",
      "Or give the person a hybrid member account if on-premises access is required.",
    ],
    source: externalSource,
    evaluate: ({ index }) =>
      eachExternalUser(index, "EXT-011", (user, v) => {
        const needs = user.user.sightline?.requiresOnPremisesKerberos ?? null;
        const item = { label: "Needs on-premises resources over Kerberos or NTLM", value: needs, ref: userRef(user) };
        if (needs === null) return v.missing(`Whether ${user.user.userPrincipalName} needs on-premises resources over Kerberos or NTLM (sightline.requiresOnPremisesKerberos)`);
        return needs ? v.fail(item) : v.note(item);
      }),
  },
  {
    id: "EXT-012",
    title: "External identity's software entitlements on the Cloud PC are not recorded",
    severity: "low",
    stalls: false,
    phase: "inSession",
    entityType: "user",
    rationale:
      "External identities need the proper entitlements for the software and services on their Cloud PC. When none are recorded, nobody has checked that the guest may use what the Cloud PC runs.",
    remediation: [
      "Check the Windows 365 licensing guidance for external identities against the apps on the Cloud PC.",
      "Record the guest's entitlements (for example the Microsoft 365 licence they bring) on the user.",
    ],
    source: externalSource,
    evaluate: ({ index }) =>
      eachExternalUser(index, "EXT-012", (user, v) => {
        if (user.cloudPcs.length === 0) return null;
        const entitlements = user.user.sightline?.softwareEntitlements?.trim() || null;
        const item = { label: "Software entitlements recorded", value: entitlements, ref: userRef(user) };
        return entitlements ? v.note(item) : v.fail(item);
      }),
  },
];
