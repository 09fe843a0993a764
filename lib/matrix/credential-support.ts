import type { CredentialMethod } from "@/lib/validations/enums";
import type { RuleId } from "@/lib/rules/types";

/**
 * Which credential works in which authentication phase on which client, from Microsoft's comparison of
 * the Remote Desktop / Windows App clients for Windows 365 (reference section 9.1). Reference data: the
 * tenant's verdicts come from the rules named in `breakingRules`.
 */
export const clientPlatforms = ["windows", "macos", "ios", "android", "web"] as const;
export type ClientPlatform = (typeof clientPlatforms)[number];

export const platformLabels: Record<ClientPlatform, string> = {
  windows: "Windows",
  macos: "macOS",
  ios: "iOS / iPadOS",
  android: "Android",
  web: "Web browser",
};

/** The platform each recorded client app runs on. */
export const platformOfApp: Record<string, ClientPlatform> = {
  windowsAppWindows: "windows",
  remoteDesktopWindows: "windows",
  windowsAppMac: "macos",
  windowsAppIos: "ios",
  windowsAppAndroid: "android",
  windowsAppWeb: "web",
};

export type Support = "yes" | "preview" | "no" | "notListed";

export interface PhaseSupport {
  phase: "cloudService" | "remoteSessionWithoutSso" | "inSession";
  title: string;
  note: string;
  rows: { credential: CredentialMethod; support: Record<ClientPlatform, Support>; breakingRules: RuleId[] }[];
}

const all = (s: Support): Record<ClientPlatform, Support> => ({ windows: s, macos: s, ios: s, android: s, web: s });

export const credentialSupport: PhaseSupport[] = [
  {
    phase: "cloudService",
    title: "Cloud service authentication",
    note: "Signing in to the Windows 365 service and gateway, always with Microsoft Entra ID.",
    rows: [
      { credential: "password", support: all("yes"), breakingRules: ["AUTH-006"] },
      { credential: "microsoftAuthenticator", support: all("yes"), breakingRules: ["AUTH-005"] },
      { credential: "fido2", support: { windows: "yes", macos: "preview", ios: "preview", android: "no", web: "yes" }, breakingRules: ["AUTH-005"] },
      { credential: "windowsHelloForBusiness", support: { windows: "yes", macos: "no", ios: "no", android: "no", web: "yes" }, breakingRules: ["JOIN-005"] },
      { credential: "smartCard", support: { windows: "yes", macos: "yes", ios: "yes", android: "no", web: "yes" }, breakingRules: ["AUTH-004"] },
    ],
  },
  {
    phase: "remoteSessionWithoutSso",
    title: "Remote session authentication without single sign-on",
    note: "With SSO on, the cloud service credential passes through and this table does not apply; without it, the Cloud PC asks again.",
    rows: [
      { credential: "password", support: all("yes"), breakingRules: ["SSO-001"] },
      { credential: "microsoftAuthenticator", support: all("no"), breakingRules: ["SSO-001"] },
      { credential: "fido2", support: all("no"), breakingRules: ["SSO-001"] },
      { credential: "windowsHelloForBusiness", support: { windows: "yes", macos: "no", ios: "no", android: "no", web: "no" }, breakingRules: ["SSO-001"] },
      { credential: "smartCard", support: { windows: "yes", macos: "yes", ios: "no", android: "no", web: "no" }, breakingRules: ["SSO-001"] },
    ],
  },
  {
    phase: "inSession",
    title: "In-session authentication",
    note: "Apps and sites inside the Cloud PC: WebAuthn and smart cards are redirected to the local device.",
    rows: [
      { credential: "password", support: all("yes"), breakingRules: [] },
      { credential: "microsoftAuthenticator", support: all("notListed"), breakingRules: [] },
      { credential: "fido2", support: { windows: "yes", macos: "no", ios: "no", android: "no", web: "no" }, breakingRules: ["INS-001", "INS-002"] },
      { credential: "windowsHelloForBusiness", support: { windows: "yes", macos: "no", ios: "no", android: "no", web: "no" }, breakingRules: ["INS-001", "INS-002"] },
      { credential: "smartCard", support: { windows: "yes", macos: "yes", ios: "no", android: "no", web: "no" }, breakingRules: ["INS-003", "INS-004", "INS-005"] },
    ],
  },
];
