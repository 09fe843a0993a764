import type { InSessionMethod } from "../validations/enums";
import { checkMethodEnabled } from "./auth-methods";
import { osReleaseAtLeast, parseLocalOs } from "./facts";
import { clientRef, clientSubject, cloudPcRef, cloudPcSubject, userRef, userSubject } from "./subjects";
import type { CloudPcEntry, TenantIndex, UserEntry } from "./tenant-index";
import type { EvidenceItem, RuleDefinition, RuleResult } from "./types";
import { assess } from "./assessment";

/** In-session authentication: WebAuthn and smart card redirection (seed 003, "In-session authentication"). */

function* usersWith(index: TenantIndex, method: InSessionMethod) {
  for (const user of index.usersById.values()) if (user.user.sightline?.inSessionMethods?.includes(method)) yield user;
}

const usesEvidence = (user: UserEntry, method: InSessionMethod): EvidenceItem => ({ label: "Authenticates in the session with", value: method, ref: userRef(user) });

// Windows desktop clients are the ones that redirect WebAuthn to the local PC (graph.md 9.1).
const webAuthnClients = new Set(["windowsAppWindows", "remoteDesktopWindows"]);
// Clients without smart card redirection: web, iOS and Android (graph.md 9.1 redirection rows).
const noSmartCardRedirection = new Set(["windowsAppWeb", "windowsAppIos", "windowsAppAndroid"]);

function smartCardCloudPcs(index: TenantIndex, judge: (entry: CloudPcEntry, user: UserEntry) => RuleResult): RuleResult[] {
  const results: RuleResult[] = [];
  for (const user of usersWith(index, "smartCard")) for (const cloudPc of user.cloudPcs) results.push(judge(cloudPc, user));
  return results;
}

export const inSessionRules: RuleDefinition[] = [
  {
    id: "INS-001",
    title: "In-session WebAuthn used but the FIDO2 security key method is not enabled",
    severity: "medium",
    stalls: false,
    phase: "inSession",
    entityType: "user",
    rationale:
      "Inside the session, WebAuthn requests are redirected to the local PC so Windows Hello for Business or a security key can answer them. To reach Microsoft Entra resources that way, the FIDO2 security key method must be enabled for the users.",
    remediation: [
      "In Entra ID > Authentication methods > Policies, enable FIDO2 security key (passkey) for these users.",
      "Have the users register a key or passkey, then retry the in-session sign-in.",
    ],
    source: "seed 003 in-session passwordless",
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const user of usersWith(index, "webAuthn")) {
        const v = assess("INS-001", userSubject(user)).note(usesEvidence(user, "webAuthn"));
        results.push(checkMethodEnabled(index, v, "Fido2", "FIDO2 security key").result());
      }
      return results;
    },
  },
  {
    id: "INS-002",
    title: "In-session passwordless used from a client or local OS that does not redirect WebAuthn",
    severity: "medium",
    stalls: false,
    phase: "inSession",
    entityType: "client",
    rationale:
      "In-session passwordless authentication works with the Windows desktop client, and is turned on automatically only when the local PC runs a supported Windows release (Windows 11, or Windows 10 20H2 or later). From other clients or operating systems, WebAuthn requests are not redirected and the passkey prompt never appears.",
    remediation: [
      "Connect from Windows App (or the Remote Desktop client) on Windows.",
      "Update the local PC to Windows 11, or Windows 10 20H2 or later with the latest cumulative update.",
    ],
    source: "seed 003",
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const user of usersWith(index, "webAuthn")) {
        for (const client of user.clients) {
          const entry = { client, user };
          const ref = clientRef(entry);
          const v = assess("INS-002", clientSubject(entry, user.cloudPcs[0])).note(usesEvidence(user, "webAuthn"));
          const app = { label: "Client app", value: client.app, ref };
          if (webAuthnClients.has(client.app)) v.note(app);
          else v.fail(app);
          const localOs = { label: "Local OS", value: client.localOs ?? null, ref };
          const device = client.deviceName ?? `client ${client.id}`;
          if (!client.localOs) v.missing(`The operating system of ${device}, e.g. Windows 11 24H2 (localOs)`);
          else {
            const os = parseLocalOs(client.localOs);
            const supported =
              os.family !== "windows" ? false : os.windowsVersion === 11 ? true : os.windowsVersion === 10 ? osReleaseAtLeast(os.release, "20H2") : false;
            if (supported === true) v.note(localOs);
            else if (supported === false) v.fail(localOs);
            else v.missing(`The Windows 10 release of ${device}, e.g. Windows 10 22H2 (localOs)`, localOs);
          }
          results.push(v.result());
        }
      }
      return results;
    },
  },
  {
    id: "INS-003",
    title: "In-session smart card: no smart card drivers on the Cloud PC",
    severity: "high",
    stalls: false,
    phase: "inSession",
    entityType: "cloudPc",
    rationale: "To use a smart card in the session, the smart card drivers must be installed on the Cloud PC; without them the redirected reader shows no usable card.",
    remediation: ["Install the smart card vendor's drivers (middleware) on the Cloud PC, through the image or an Intune Win32 app.", "Reconnect and check the card is seen inside the session."],
    source: "seed 003 in-session smart card",
    evaluate: ({ index }) =>
      smartCardCloudPcs(index, (entry, user) => {
        const installed = entry.cloudPc.sightline?.smartCardDriversInstalled ?? null;
        const item = { label: "Smart card drivers installed", value: installed, ref: cloudPcRef(entry) };
        const v = assess("INS-003", cloudPcSubject(entry)).note(usesEvidence(user, "smartCard"));
        if (installed === false) v.fail(item);
        else if (installed === true) v.note(item);
        else v.missing(`Whether smart card drivers are installed on Cloud PC ${entry.cloudPc.displayName} (sightline.smartCardDriversInstalled)`);
        return v.result();
      }),
  },
  {
    id: "INS-004",
    title: "In-session smart card: smart card redirection not allowed in RDP device redirection",
    severity: "high",
    stalls: false,
    phase: "inSession",
    entityType: "cloudPc",
    rationale: "A smart card reaches the session only when smart card redirection is allowed in the Cloud PCs' RDP device redirection settings; otherwise the local reader is never passed through.",
    remediation: [
      "In the Intune settings catalog, allow smart card device redirection for the Cloud PCs (Remote Desktop Session Host > Device and Resource Redirection).",
      "Assign the profile to the Cloud PCs' device group and reconnect.",
    ],
    source: "seed 003",
    evaluate: ({ index }) =>
      smartCardCloudPcs(index, (entry, user) => {
        const allowed = index.tenantSettings.smartCardRedirectionAllowed ?? null;
        const item = { label: "Smart card redirection allowed", value: allowed };
        const v = assess("INS-004", cloudPcSubject(entry)).note(usesEvidence(user, "smartCard"));
        if (allowed === false) v.fail(item);
        else if (allowed === true) v.note(item);
        else v.missing("Whether RDP device redirection allows smart cards on the Cloud PCs (tenantSettings.smartCardRedirectionAllowed)");
        return v.result();
      }),
  },
  {
    id: "INS-005",
    title: "In-session smart card: the client does not support smart card redirection",
    severity: "high",
    stalls: false,
    phase: "inSession",
    entityType: "client",
    rationale: "Smart card redirection is supported by the Windows and macOS clients only; from the web browser, iOS or Android the card cannot be used inside the session.",
    remediation: ["Connect from Windows App on Windows or macOS when a smart card is needed in the session."],
    source: "seed 003",
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const user of usersWith(index, "smartCard")) {
        for (const client of user.clients) {
          const entry = { client, user };
          const v = assess("INS-005", clientSubject(entry, user.cloudPcs[0])).note(usesEvidence(user, "smartCard"));
          const app = { label: "Client app", value: client.app, ref: clientRef(entry) };
          if (noSmartCardRedirection.has(client.app)) v.fail(app);
          else v.note(app);
          results.push(v.result());
        }
      }
      return results;
    },
  },
];
