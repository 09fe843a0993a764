import type { GraphConditionalAccessPolicy } from "../validations/snapshot";
import { coversCloudPcApps, isEnabledState, requiresMfa } from "./facts";
import { methodRules } from "./auth-methods";
import { clientRef, clientSubject, conditionalAccessSubject, tenantSubject } from "./subjects";
import type { TenantIndex } from "./tenant-index";
import type { EvidenceItem, RuleDefinition, RuleResult } from "./types";
import { assess } from "./assessment";

const mfaSource = "seed 003 MFA";

const caRef = (policy: GraphConditionalAccessPolicy) => ({ entityType: "conditionalAccessPolicy" as const, entityId: policy.id });
const mfaPolicies = (index: TenantIndex) => index.conditionalAccessPolicies.filter((policy) => coversCloudPcApps(policy) && requiresMfa(policy));
const stateEvidence = (policy: GraphConditionalAccessPolicy): EvidenceItem => ({ label: `State of ${policy.displayName}`, value: policy.state, ref: caRef(policy) });

export const authRules: RuleDefinition[] = [
  {
    id: "AUTH-001",
    title: "No enabled Conditional Access policy requires MFA for the Cloud PC apps",
    severity: "high",
    stalls: false,
    phase: "cloudService",
    entityType: "tenant",
    rationale:
      "Every connection to a Cloud PC starts with a Microsoft Entra sign-in to the Windows 365 service and the Azure Virtual Desktop gateway. Multifactor authentication there is enforced through Conditional Access; without an enabled policy requiring it, a stolen password opens the Cloud PC.",
    remediation: [
      "Create a Conditional Access policy for the Cloud PC users that targets Windows 365, Azure Virtual Desktop, Microsoft Remote Desktop and Windows Cloud Login.",
      "Grant access only with 'Require multifactor authentication' or an authentication strength.",
      "Test it in report-only mode, then turn it on.",
    ],
    source: mfaSource,
    evaluate({ index }) {
      const candidates = mfaPolicies(index);
      const enforced = candidates.filter(isEnabledState);
      const v = assess("AUTH-001", tenantSubject(index));
      if (enforced.length > 0) return [v.note(...enforced.map(stateEvidence)).result()];
      if (candidates.length === 0) v.fail({ label: "Conditional Access policies that cover the Cloud PC apps and require MFA", value: 0 });
      else v.fail(...candidates.map(stateEvidence));
      return [v.result()];
    },
  },
  {
    id: "AUTH-002",
    title: "The Cloud PC MFA policy is report-only or disabled",
    severity: "medium",
    stalls: false,
    phase: "cloudService",
    entityType: "conditionalAccessPolicy",
    rationale:
      "A Conditional Access policy in report-only mode or switched off only logs what it would have done: the multifactor authentication it describes is not enforced on the Cloud PC sign-in.",
    remediation: [
      "Review the policy's report-only results in the sign-in logs for unexpected blocks.",
      "Switch the policy to On.",
    ],
    source: mfaSource,
    evaluate({ index }) {
      return mfaPolicies(index).map((policy) => {
        const v = assess("AUTH-002", conditionalAccessSubject(policy));
        const item = stateEvidence(policy);
        if (policy.state === "enabledForReportingButNotEnforced" || policy.state === "disabled") v.fail(item);
        else if (policy.state === "enabled") v.note(item);
        else v.missing(`The state of Conditional Access policy ${policy.displayName}: enabled, disabled or enabledForReportingButNotEnforced (state)`, item);
        return v.result();
      });
    },
  },
  {
    id: "AUTH-003",
    title: "No sign-in frequency set for the Cloud PC apps",
    severity: "low",
    stalls: false,
    phase: "cloudService",
    entityType: "tenant",
    rationale:
      "Conditional Access also sets how often Cloud PC users are asked for their credentials again. Without a sign-in frequency on the Cloud PC apps, a session token stays usable for as long as Entra's defaults allow.",
    remediation: [
      "In the Cloud PC Conditional Access policy, set Session > Sign-in frequency (for example every 8 hours).",
      "Keep the same frequency on Azure Virtual Desktop and Windows Cloud Login; use 'every time' only on Windows Cloud Login.",
    ],
    source: mfaSource,
    evaluate({ index }) {
      const covering = index.conditionalAccessPolicies.filter((policy) => isEnabledState(policy) && coversCloudPcApps(policy));
      const withFrequency = covering.filter((policy) => policy.sessionControls?.signInFrequency?.isEnabled === true);
      const v = assess("AUTH-003", tenantSubject(index));
      if (withFrequency.length > 0) {
        v.note(
          ...withFrequency.map((policy) => {
            const frequency = policy.sessionControls?.signInFrequency;
            const value = frequency?.frequencyInterval === "everyTime" ? "every time" : `${frequency?.value ?? "?"} ${frequency?.type ?? ""}`.trim();
            return { label: `Sign-in frequency in ${policy.displayName}`, value, ref: caRef(policy) };
          }),
        );
      } else {
        v.fail({ label: "Enabled Conditional Access policies on the Cloud PC apps with a sign-in frequency", value: 0 });
      }
      return [v.result()];
    },
  },
  ...methodRules,
  {
    id: "AUTH-006",
    title: "A user's client cannot reach the required URLs for Remote Desktop clients",
    severity: "high",
    stalls: true,
    phase: "cloudService",
    entityType: "client",
    rationale:
      "For authentication to work, the user's local device must reach the URLs in the Remote Desktop clients section of the Azure Virtual Desktop required URL list. When a proxy or firewall blocks them, the sign-in hangs before the Cloud PC is reached.",
    remediation: [
      "Allow the Remote Desktop clients URLs of the Azure Virtual Desktop required URL list on the device's proxy and firewall.",
      "Check again from the device (for example with the Windows App connection diagnostics).",
    ],
    source: "seed 003 (Important note)",
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const entry of index.clientsById.values()) {
        const { client } = entry;
        const v = assess("AUTH-006", clientSubject(entry, entry.user?.cloudPcs[0]));
        const item = { label: "Can reach the required URLs", value: client.canReachRequiredUrls ?? null, ref: clientRef(entry) };
        if (client.canReachRequiredUrls === false) v.fail(item);
        else if (client.canReachRequiredUrls === true) v.note(item);
        else v.missing(`Whether ${client.deviceName ?? `client ${client.id}`} can reach the Remote Desktop client URLs of the Azure Virtual Desktop required URL list (canReachRequiredUrls)`);
        results.push(v.result());
      }
      return results;
    },
  },
];
