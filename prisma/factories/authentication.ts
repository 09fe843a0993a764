import type { z } from "zod";
import { cloudPcAppIds } from "../../lib/validations/enums";
import type { GraphAuthenticationMethodsPolicy, RemoteDesktopSecurityConfiguration } from "../../lib/validations/snapshot";
import { entityId, type TenantContext } from "./tenant";

type State = "enabled" | "disabled";
const allUsers = [{ targetType: "group", id: "all_users", isRegistrationRequired: false }];

export interface AuthMethodsPolicyInput {
  fido2: State;
  microsoftAuthenticator: State;
  /** Microsoft Entra certificate-based authentication. */
  x509Certificate: State;
  temporaryAccessPass?: State;
  sms?: State;
}

/** `GET /policies/authenticationMethodsPolicy` (graph.md 6.4). */
export function makeAuthMethodsPolicy(input: AuthMethodsPolicyInput): z.infer<typeof GraphAuthenticationMethodsPolicy> {
  return {
    id: "authenticationMethodsPolicy",
    displayName: "Authentication Methods Policy",
    policyVersion: "1.5",
    authenticationMethodConfigurations: [
      {
        "@odata.type": "#microsoft.graph.fido2AuthenticationMethodConfiguration",
        id: "Fido2",
        state: input.fido2,
        isSelfServiceRegistrationAllowed: true,
        isAttestationEnforced: true,
        keyRestrictions: { isEnforced: false, enforcementType: "block", aaGuids: [] },
        includeTargets: allUsers,
      },
      {
        "@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration",
        id: "MicrosoftAuthenticator",
        state: input.microsoftAuthenticator,
        includeTargets: [{ ...allUsers[0], authenticationMode: "any" }],
      },
      {
        "@odata.type": "#microsoft.graph.x509CertificateAuthenticationMethodConfiguration",
        id: "X509Certificate",
        state: input.x509Certificate,
        certificateUserBindings: [
          { x509CertificateField: "PrincipalName", userProperty: "onPremisesUserPrincipalName", priority: 1 },
          { x509CertificateField: "RFC822Name", userProperty: "userPrincipalName", priority: 2 },
        ],
        authenticationModeConfiguration: { x509CertificateAuthenticationDefaultMode: "x509CertificateMultiFactor", rules: [] },
        includeTargets: allUsers,
      },
      {
        "@odata.type": "#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration",
        id: "TemporaryAccessPass",
        state: input.temporaryAccessPass ?? "enabled",
        defaultLifetimeInMinutes: 60,
        isUsableOnce: true,
        includeTargets: allUsers,
      },
      {
        "@odata.type": "#microsoft.graph.smsAuthenticationMethodConfiguration",
        id: "Sms",
        state: input.sms ?? "disabled",
        includeTargets: allUsers,
      },
    ],
  };
}

const servicePrincipals = {
  microsoftRemoteDesktop: { appId: cloudPcAppIds.microsoftRemoteDesktop, name: "Microsoft Remote Desktop" },
  windowsCloudLogin: { appId: cloudPcAppIds.windowsCloudLogin, name: "Windows Cloud Login" },
} as const;

export interface RemoteDesktopConfigInput {
  app: keyof typeof servicePrincipals;
  /** `isRemoteDesktopProtocolEnabled`: Microsoft Entra authentication for RDP. */
  enabled: boolean | null;
  /** Device groups that hide the per-host consent prompt; null when not read. */
  targetDeviceGroups: { id: string; displayName?: string | null }[] | null;
}

/** A service principal's `remoteDesktopSecurityConfiguration` (graph.md 7.2). */
export function makeRemoteDesktopConfig(ctx: TenantContext, input: RemoteDesktopConfigInput): RemoteDesktopSecurityConfiguration {
  const principal = servicePrincipals[input.app];
  return {
    "@odata.type": "#microsoft.graph.remoteDesktopSecurityConfiguration",
    id: entityId(ctx, "remoteDesktopSecurityConfiguration", input.app),
    servicePrincipalAppId: principal.appId,
    servicePrincipalName: principal.name,
    isRemoteDesktopProtocolEnabled: input.enabled,
    targetDeviceGroups: input.targetDeviceGroups?.map((group) => ({ id: group.id, displayName: group.displayName ?? null })) ?? null,
  };
}
