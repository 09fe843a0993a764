import { isEntraJoin, monthAtLeast, osReleaseAtLeast } from "./facts";
import { clientRef, clientSubject, cloudPcRef, cloudPcSubject, identityEvidence, joinTypeEvidence, missingSso, ssoEvidence } from "./subjects";
import type { ClientEntry, CloudPcEntry, TenantIndex } from "./tenant-index";
import type { RuleDefinition, RuleResult } from "./types";
import { assess } from "./assessment";

/** External identity requirements on the Cloud PC and the client (seed 003, "External identity (preview)"). */

export const externalSource = "seed 003";
const requiredUpdate = { kb: "KB5065789", month: "2025-09" };

export function* externalUsers(index: TenantIndex) {
  for (const user of index.usersById.values()) if (user.identity.identityType === "external") yield user;
}

/** Runs `judge` on each Cloud PC assigned to an external identity. */
function eachExternalCloudPc(index: TenantIndex, judge: (entry: CloudPcEntry) => RuleResult): RuleResult[] {
  const results: RuleResult[] = [];
  for (const user of externalUsers(index)) for (const cloudPc of user.cloudPcs) results.push(judge(cloudPc));
  return results;
}

function eachExternalClient(index: TenantIndex, judge: (entry: ClientEntry) => RuleResult | null): RuleResult[] {
  const results: RuleResult[] = [];
  for (const user of externalUsers(index)) {
    for (const client of user.clients) {
      const result = judge({ client, user });
      if (result) results.push(result);
    }
  }
  return results;
}

const supportedClients = new Set(["windowsAppWindows", "windowsAppWeb"]);

function assessCloudPc(id: RuleDefinition["id"], entry: CloudPcEntry) {
  const v = assess(id, cloudPcSubject(entry));
  return entry.user ? v.note(identityEvidence(entry.user)) : v;
}

function assessClient(id: RuleDefinition["id"], entry: ClientEntry) {
  const v = assess(id, clientSubject(entry));
  return entry.user ? v.note(identityEvidence(entry.user)) : v;
}

export const externalCloudPcRules: RuleDefinition[] = [
  {
    id: "EXT-001",
    title: "External identity on a Cloud PC that is not Entra joined",
    severity: "critical",
    stalls: true,
    phase: "remoteSession",
    entityType: "cloudPc",
    rationale:
      "External identities are supported only on Microsoft Entra joined Cloud PCs. A hybrid-joined Cloud PC signs users in against on-premises AD, where an invited user has no account, so the guest cannot get into Windows.",
    remediation: [
      "Create or pick a provisioning policy that uses Microsoft Entra join with single sign-on on.",
      "Assign the external user's group to that policy and remove it from the hybrid-joined one.",
      "Reprovision the user's Cloud PC.",
    ],
    source: "seed 003 external identity",
    evaluate: ({ index }) =>
      eachExternalCloudPc(index, (entry) => {
        const v = assessCloudPc("EXT-001", entry).note(joinTypeEvidence(entry));
        if (entry.joinType === null) v.missing(`The join type of Cloud PC ${entry.cloudPc.displayName}'s provisioning policy (domainJoinConfigurations)`);
        else if (!isEntraJoin(entry.joinType)) v.fail();
        return v.result();
      }),
  },
  {
    id: "EXT-002",
    title: "External identity's Cloud PC is not Windows 11 Enterprise 24H2 or later",
    severity: "high",
    stalls: false,
    phase: "remoteSession",
    entityType: "cloudPc",
    rationale:
      "Cloud PCs for external identities must run Windows 11 Enterprise, version 24H2 or later: earlier releases and other editions cannot sign in an invited user.",
    remediation: [
      "Change the provisioning policy's image to a Windows 11 Enterprise 24H2 (or later) gallery or custom image.",
      "Reprovision the external user's Cloud PC, or upgrade it in place with a feature update.",
    ],
    source: externalSource,
    evaluate: ({ index }) =>
      eachExternalCloudPc(index, (entry) => {
        const { cloudPc } = entry;
        const ref = cloudPcRef(entry);
        const v = assessCloudPc("EXT-002", entry);
        const version = cloudPc.osVersion?.replace(/\s+/g, "").toLowerCase() ?? null;
        const edition = cloudPc.sightline?.osEdition?.trim().toLowerCase() ?? null;
        const release = cloudPc.sightline?.osRelease ?? null;
        const releaseOk = osReleaseAtLeast(release, "24H2");

        const versionItem = { label: "Windows version (osVersion)", value: cloudPc.osVersion ?? null, ref };
        if (version === null) v.missing(`The Windows version of Cloud PC ${cloudPc.displayName} (osVersion)`, versionItem);
        else if (version !== "windows11") v.fail(versionItem);
        else v.note(versionItem);

        const editionItem = { label: "Windows edition", value: cloudPc.sightline?.osEdition ?? null, ref };
        if (edition === null) v.missing(`The Windows edition of Cloud PC ${cloudPc.displayName} (sightline.osEdition)`, editionItem);
        else if (edition !== "enterprise") v.fail(editionItem);
        else v.note(editionItem);

        const releaseItem = { label: "Windows release", value: release, ref };
        if (releaseOk === null) v.missing(`The Windows release of Cloud PC ${cloudPc.displayName}, such as 24H2 (sightline.osRelease)`, releaseItem);
        else if (!releaseOk) v.fail(releaseItem);
        else v.note(releaseItem);
        return v.result();
      }),
  },
  {
    id: "EXT-003",
    title: "External identity's Cloud PC lacks the 2025-09 cumulative update (KB5065789) or a later one",
    severity: "high",
    stalls: false,
    phase: "remoteSession",
    entityType: "cloudPc",
    rationale:
      "External identity sign-in needs the 2025-09 cumulative update for Windows 11 (KB5065789) or a later cumulative update on the Cloud PC. Without it the guest's sign-in to Windows is not supported.",
    remediation: [
      "Install the latest cumulative update on the Cloud PC (Windows Update for Business or Autopatch).",
      "Restart the Cloud PC and confirm the installed update in Intune before the external user connects.",
    ],
    source: externalSource,
    evaluate: ({ index }) =>
      eachExternalCloudPc(index, (entry) => {
        const { cloudPc } = entry;
        const v = assessCloudPc("EXT-003", entry);
        const updates = cloudPc.sightline?.installedUpdates;
        if (!updates) return v.missing(`The cumulative updates installed on Cloud PC ${cloudPc.displayName} (sightline.installedUpdates)`).result();
        const qualifying = updates.find((update) => update.kb.toUpperCase() === requiredUpdate.kb || monthAtLeast(update.month, requiredUpdate.month));
        if (qualifying) return v.note({ label: "Installed update", value: `${qualifying.kb} (${qualifying.month})`, ref: cloudPcRef(entry) }).result();
        const latest = updates.reduce<(typeof updates)[number] | null>((best, update) => (!best || update.month > best.month ? update : best), null);
        return v.fail({ label: "Latest installed update", value: latest ? `${latest.kb} (${latest.month})` : "none", ref: cloudPcRef(entry) }).result();
      }),
  },
  {
    id: "EXT-004",
    title: "External identity's Cloud PC has no single sign-on",
    severity: "critical",
    stalls: true,
    phase: "remoteSession",
    entityType: "cloudPc",
    rationale:
      "Single sign-on must be configured for external identities to sign in to the Cloud PC. Without it the guest has no Windows credential to type, and is stuck at the remote session authentication prompt.",
    remediation: [
      "Turn on 'Use Microsoft Entra single sign-on' in the provisioning policy.",
      "Apply the SSO setting to existing Cloud PCs, and wait until their status leaves modifyingSingleSignOn.",
      "Make sure Microsoft Entra authentication for RDP is enabled on the Microsoft Remote Desktop and Windows Cloud Login service principals.",
    ],
    source: "seed 003 (SSO section too)",
    evaluate: ({ index }) =>
      eachExternalCloudPc(index, (entry) => {
        const v = assessCloudPc("EXT-004", entry).note(ssoEvidence(entry));
        if (entry.sso.value === false) v.fail();
        else if (entry.sso.value === null) v.missing(missingSso(entry));
        return v.result();
      }),
  },
  {
    id: "EXT-005",
    title: "External identity connects with a client other than Windows App on Windows or a web browser",
    severity: "high",
    stalls: true,
    phase: "cloudService",
    entityType: "client",
    rationale:
      "The external identity must connect from the Windows App on Windows or a web browser. Other clients cannot complete the invited user's sign-in to the Cloud PC.",
    remediation: [
      "Have the user connect from Windows App on a Windows device, or from windows365.microsoft.com in a web browser.",
      "Retire the unsupported client from the user's instructions.",
    ],
    source: externalSource,
    evaluate: ({ index }) =>
      eachExternalClient(index, (entry) => {
        const v = assessClient("EXT-005", entry);
        const app = { label: "Client app", value: entry.client.app, ref: clientRef(entry) };
        if (supportedClients.has(entry.client.app)) v.note(app);
        else v.fail(app);
        return v.result();
      }),
  },
  {
    id: "EXT-006",
    title: "External identity uses Windows App on Windows without the B2B registry key on that device",
    severity: "high",
    stalls: true,
    phase: "cloudService",
    entityType: "client",
    rationale:
      "When an external identity uses Windows App on Windows, a registry key must be set on the device running Windows App to complete the B2B sign-in. Without it the sign-in does not finish.",
    remediation: [
      "On the user's Windows device, in an elevated prompt: REG ADD \"HKLM\\SOFTWARE\\Microsoft\\WindowsApp\\Flights\" /v EnableIdSignInUx /t REG_DWORD /d 1",
      "Restart Windows App and sign in again.",
      "Or have the user connect from a web browser, which needs no key.",
    ],
    source: externalSource,
    evaluate: ({ index }) =>
      eachExternalClient(index, (entry) => {
        if (entry.client.app !== "windowsAppWindows") return null;
        const v = assessClient("EXT-006", entry);
        const key = { label: "B2B registry key (EnableIdSignInUx) set", value: entry.client.b2bRegistryKeySet ?? null, ref: clientRef(entry) };
        if (entry.client.b2bRegistryKeySet === false) v.fail(key);
        else if (entry.client.b2bRegistryKeySet === true) v.note(key);
        else v.missing(`Whether the B2B registry key (EnableIdSignInUx) is set on the device running Windows App (client ${entry.client.deviceName ?? entry.client.id})`);
        return v.result();
      }),
  },
];
