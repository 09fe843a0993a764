import { identityEvidence, userRef, userSubject } from "./subjects";
import type { TenantIndex } from "./tenant-index";
import type { EvidenceItem, RuleDefinition, RuleResult } from "./types";
import { assess, type Assessment } from "./assessment";

/** Rules that check a credential against the tenant's authentication methods policy (graph.md 6). */

export const missingMethodsPolicy = "The tenant's authentication methods policy (GET /policies/authenticationMethodsPolicy)";

/**
 * Checks that one method configuration is enabled. Unknown only when the whole methods policy is
 * missing: a policy without the configuration means the method was never enabled.
 */
export function checkMethodEnabled(index: TenantIndex, v: Assessment, configurationId: string, label: string): Assessment {
  if (!index.methodConfigurationsById) return v.missing(missingMethodsPolicy);
  const state = index.methodConfigurationsById.get(configurationId.toLowerCase())?.state ?? null;
  const item: EvidenceItem = { label: `${label} method (${configurationId})`, value: state ?? "not configured" };
  return state === "enabled" ? v.note(item) : v.fail(item);
}

const passwordlessConfigurations = [
  { method: "fido2", id: "Fido2", label: "FIDO2 security key" },
  { method: "microsoftAuthenticator", id: "MicrosoftAuthenticator", label: "Microsoft Authenticator" },
] as const;

export const methodRules: RuleDefinition[] = [
  {
    id: "AUTH-004",
    title: "Users sign in with smart cards but neither Entra certificate-based auth nor AD FS user-certificate auth is configured",
    severity: "high",
    stalls: true,
    phase: "cloudService",
    entityType: "user",
    rationale:
      "To use a smart card to authenticate to Microsoft Entra ID, either Entra certificate-based authentication or AD FS user certificate authentication must be configured first. Otherwise the smart card user cannot complete the service sign-in.",
    remediation: [
      "Enable the Certificate-based authentication method (X509Certificate) in Entra ID for the smart card users, with the certificate authorities uploaded.",
      "Or configure AD FS for user certificate authentication if the domain is federated with AD FS.",
    ],
    source: "seed 003 smart card",
    evaluate({ index }) {
      const results: RuleResult[] = [];
      const adfs = index.tenantSettings.adfsUserCertificateAuthentication ?? null;
      const x509 = index.methodConfigurationsById?.get("x509certificate")?.state ?? null;
      for (const user of index.usersById.values()) {
        if (!user.user.sightline?.signInMethods?.includes("smartCard")) continue;
        const v = assess("AUTH-004", userSubject(user)).note(identityEvidence(user), { label: "Signs in with", value: "smartCard", ref: userRef(user) });
        const items: EvidenceItem[] = [
          { label: "Entra certificate-based authentication (X509Certificate)", value: index.methodConfigurationsById ? (x509 ?? "not configured") : null },
          { label: "AD FS user certificate authentication", value: adfs },
        ];
        if (x509 === "enabled" || adfs === true) v.note(...items);
        else if (!index.methodConfigurationsById && adfs === null) {
          v.missing(`${missingMethodsPolicy}, or whether AD FS is configured for user certificate authentication (tenantSettings.adfsUserCertificateAuthentication)`);
        } else v.fail(...items);
        results.push(v.result());
      }
      return results;
    },
  },
  {
    id: "AUTH-005",
    title: "Users rely on a passwordless method the tenant's authentication methods policy does not enable",
    severity: "medium",
    stalls: false,
    phase: "cloudService",
    entityType: "user",
    rationale:
      "Users can sign in to the Windows 365 service with any method Microsoft Entra ID supports, such as FIDO2 keys or Microsoft Authenticator, but only if the tenant's authentication methods policy enables that method. A user who relies on a disabled method falls back to a password or cannot sign in.",
    remediation: [
      "In Entra ID > Authentication methods > Policies, enable the method for the users who rely on it.",
      "Or register another enabled method for those users.",
    ],
    source: "seed 003 passwordless",
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const user of index.usersById.values()) {
        const used = passwordlessConfigurations.filter((configuration) => user.user.sightline?.signInMethods?.includes(configuration.method));
        if (used.length === 0) continue;
        const v = assess("AUTH-005", userSubject(user));
        for (const configuration of used) {
          v.note({ label: "Signs in with", value: configuration.method, ref: userRef(user) });
          if (index.methodConfigurationsById) checkMethodEnabled(index, v, configuration.id, configuration.label);
        }
        if (!index.methodConfigurationsById) v.missing(missingMethodsPolicy);
        results.push(v.result());
      }
      return results;
    },
  },
];
