import { upnDomain } from "./identity";
import { cloudPcSubject, identityEvidence, missingSso, ssoEvidence, userSubject } from "./subjects";
import type { RuleDefinition, RuleResult } from "./types";
import { assess } from "./assessment";

/** Third-party identity providers (seed 003, "Third-party identity providers" and "Single sign-on"). */
export const federatedRules: RuleDefinition[] = [
  {
    id: "FED-001",
    title: "Federated identity whose IdP domain is not federated with Entra ID",
    severity: "critical",
    stalls: true,
    phase: "cloudService",
    entityType: "user",
    rationale:
      "A third-party identity provider can be used only when it is federated with Microsoft Entra ID. When the user's domain is managed by Entra instead, the sign-in never reaches the IdP the user expects, and the user cannot pass the Windows 365 service sign-in.",
    remediation: [
      "Federate the user's domain with the identity provider in Entra ID (domain federation settings).",
      "Or, if the user should sign in with Entra, clear the identity type override and give the user an Entra credential.",
    ],
    source: "seed 003 third-party IdPs",
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const user of index.usersById.values()) {
        if (user.identity.identityType !== "federated") continue;
        const v = assess("FED-001", userSubject(user)).note(identityEvidence(user), ...user.identity.evidence);
        const name = upnDomain(user.user.userPrincipalName);
        const domain = index.domainsByName.get(name);
        const item = { label: `Authentication type of domain ${name}`, value: domain?.authenticationType ?? null };
        if (!domain) v.missing(`The domain ${name} and its authentication type, Managed or Federated (domains)`);
        else if (domain.authenticationType.toLowerCase() !== "federated") v.fail(item);
        else v.note(item);
        results.push(v.result());
      }
      return results;
    },
  },
  {
    id: "FED-002",
    title: "Federated identity on a Cloud PC without single sign-on",
    severity: "high",
    stalls: true,
    phase: "remoteSession",
    entityType: "cloudPc",
    rationale:
      "Windows 365 supports federated identities when single sign-on is enabled: only Microsoft Entra authentication to the Cloud PC can hand the third-party IdP sign-in through to Windows. Without SSO, Windows asks for a password the federated user does not have.",
    remediation: [
      "Turn on 'Use Microsoft Entra single sign-on' in the Cloud PC's provisioning policy and apply it to existing Cloud PCs.",
      "Confirm Microsoft Entra authentication for RDP is enabled on the Microsoft Remote Desktop and Windows Cloud Login service principals.",
    ],
    source: "seed 003 SSO",
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const user of index.usersById.values()) {
        if (user.identity.identityType !== "federated") continue;
        for (const cloudPc of user.cloudPcs) {
          const v = assess("FED-002", cloudPcSubject(cloudPc)).note(identityEvidence(user), ssoEvidence(cloudPc));
          if (cloudPc.sso.value === false) v.fail();
          else if (cloudPc.sso.value === null) v.missing(missingSso(cloudPc));
          results.push(v.result());
        }
      }
      return results;
    },
  },
];
