import { cloudPcAppIds } from "../validations/enums";
import { isHybridJoin } from "./facts";
import { healthCheckEvidence, healthChecksOf, missingHealthChecks, missingNetworkConnection, networkConnectionRef } from "./network";
import { sso005 } from "./sso-credentials";
import { cloudPcRef, cloudPcSubject, joinTypeEvidence, policyRef, policySubject, servicePrincipalName, servicePrincipalSubject } from "./subjects";
import type { TenantIndex } from "./tenant-index";
import type { EvidenceItem, RuleDefinition, RuleResult } from "./types";
import { assess, type Assessment } from "./assessment";

const ssoSource = "Microsoft SSO docs";
const ssoApps = [
  { appId: cloudPcAppIds.microsoftRemoteDesktop, name: "Microsoft Remote Desktop" },
  { appId: cloudPcAppIds.windowsCloudLogin, name: "Windows Cloud Login" },
];

const policiesWithSso = (index: TenantIndex) => [...index.policiesById.values()].filter((entry) => entry.policy.enableSingleSignOn === true);
const ssoOnEvidence = (entry: Parameters<typeof policyRef>[0]): EvidenceItem => ({ label: "SSO on the provisioning policy", value: true, ref: policyRef(entry) });

/** Checks Entra authentication for RDP on both SSO service principals (graph.md 7.2); the same verdict holds for every SSO policy. */
function checkRdpAuthentication(index: TenantIndex, v: Assessment) {
  for (const app of ssoApps) {
    const configuration = index.remoteDesktopConfigurationsByAppId.get(app.appId);
    const enabled = configuration?.isRemoteDesktopProtocolEnabled ?? null;
    const item: EvidenceItem = { label: `Entra authentication for RDP on ${app.name}`, value: enabled, ref: { entityType: "servicePrincipal", entityId: app.appId } };
    if (enabled === false) v.fail(item);
    else if (enabled === true) v.note(item);
    else v.missing(`Whether Microsoft Entra authentication for RDP is enabled on the ${app.name} service principal (remoteDesktopSecurityConfiguration.isRemoteDesktopProtocolEnabled)`, item);
  }
}

export const ssoRules: RuleDefinition[] = [
  {
    id: "SSO-001",
    title: "Single sign-on off on a provisioning policy: credential prompt on every connection",
    severity: "medium",
    stalls: true,
    phase: "remoteSession",
    entityType: "provisioningPolicy",
    rationale:
      "Without single sign-on the client prompts users for their Cloud PC credentials on every connection, and the only way to avoid the prompt is to save credentials in the client. SSO lets one Microsoft Entra sign-in satisfy both the service and the Cloud PC, with passwordless methods and federated IdPs.",
    remediation: [
      "Edit the provisioning policy and select 'Use Microsoft Entra single sign-on'.",
      "Apply the setting to existing Cloud PCs.",
      "Enable Microsoft Entra authentication for RDP on the Microsoft Remote Desktop and Windows Cloud Login service principals.",
    ],
    source: "seed 003 SSO",
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const entry of index.policiesById.values()) {
        const enabled = entry.policy.enableSingleSignOn ?? null;
        const item = { label: "SSO on the provisioning policy (enableSingleSignOn)", value: enabled, ref: policyRef(entry) };
        const v = assess("SSO-001", policySubject(entry));
        if (enabled === false) v.fail(item);
        else if (enabled === true) v.note(item);
        else v.missing(`Whether single sign-on is enabled on provisioning policy ${entry.policy.displayName} (enableSingleSignOn)`);
        results.push(v.result());
      }
      return results;
    },
  },
  {
    id: "SSO-002",
    title: "SSO on, but Entra authentication for RDP not enabled on both Microsoft Remote Desktop and Windows Cloud Login",
    severity: "critical",
    stalls: true,
    phase: "remoteSession",
    entityType: "provisioningPolicy",
    rationale:
      "Single sign-on needs Microsoft Entra ID to issue RDP access tokens, which it does only when Entra authentication for RDP is enabled on the Microsoft Remote Desktop and Windows Cloud Login service principals. Authentication is moving to Windows Cloud Login, so both must be enabled; otherwise SSO fails at the Cloud PC.",
    remediation: [
      "Sign in to Microsoft Graph with Application-RemoteDesktopConfig.ReadWrite.All.",
      "For each of the apps a4a365df-50f1-4397-bc59-1a1564b8bb9c and 270efc09-cd0d-444b-a71f-39af4910ec45, run Update-MgServicePrincipalRemoteDesktopSecurityConfiguration -IsRemoteDesktopProtocolEnabled.",
      "Reconnect to a Cloud PC to confirm the single sign-on prompt.",
    ],
    source: ssoSource,
    evaluate({ index }) {
      return policiesWithSso(index).map((entry) => {
        const v = assess("SSO-002", policySubject(entry)).note(ssoOnEvidence(entry));
        checkRdpAuthentication(index, v);
        return v.result();
      });
    },
  },
  {
    id: "SSO-003",
    title: "No target device group on the SSO service principal: a consent prompt per Cloud PC",
    severity: "low",
    stalls: false,
    phase: "remoteSession",
    entityType: "servicePrincipal",
    rationale:
      "With single sign-on, users are asked to allow the Remote Desktop connection for each new Cloud PC; Entra remembers up to 15 hosts for 30 days. A target device group holding the Cloud PCs on the service principal hides that prompt, which otherwise looks like another sign-in.",
    remediation: [
      "Create a dynamic device group that contains the Cloud PCs (for example by provisioning policy).",
      "Add it as a target device group on the Microsoft Remote Desktop and Windows Cloud Login service principals (New-MgServicePrincipalRemoteDesktopSecurityConfigurationTargetDeviceGroup).",
    ],
    source: ssoSource,
    evaluate({ index }) {
      // The consent prompt only exists where SSO is in use.
      if (policiesWithSso(index).length === 0) return [];
      return [...index.remoteDesktopConfigurationsByAppId.values()].map((configuration) => {
        const v = assess("SSO-003", servicePrincipalSubject(configuration));
        const groups = configuration.targetDeviceGroups;
        const ref = { entityType: "servicePrincipal" as const, entityId: configuration.servicePrincipalAppId };
        if (!groups) v.missing(`The target device groups of the ${servicePrincipalName(configuration)} service principal (remoteDesktopSecurityConfiguration.targetDeviceGroups)`);
        else if (groups.length === 0) v.fail({ label: "Target device groups", value: 0, ref });
        else v.note(...groups.map((group) => ({ label: "Target device group", value: group.displayName || group.id, ref })));
        return v.result();
      });
    },
  },
  {
    id: "SSO-004",
    title: "Hybrid-joined SSO without a Kerberos server object: SSO is skipped",
    severity: "high",
    stalls: true,
    phase: "remoteSession",
    entityType: "provisioningPolicy",
    rationale:
      "A hybrid-joined Cloud PC signing in with single sign-on needs a Microsoft Entra Kerberos server object in AD to reach the domain controller. Without it the network connection's SSO health check fails and SSO is skipped: users see the standard credential dialog, or an error that the logon session does not exist.",
    remediation: [
      "Create the Microsoft Entra Kerberos server object in each AD domain (Set-AzureADKerberosServer).",
      "Rerun the Azure network connection's health checks and confirm the single sign-on check passes.",
    ],
    source: ssoSource,
    evaluate({ index }) {
      return policiesWithSso(index)
        .filter((entry) => isHybridJoin(entry.joinType))
        .map((entry) => {
          const v = assess("SSO-004", policySubject(entry)).note(joinTypeEvidence(entry), ssoOnEvidence(entry));
          const connection = entry.networkConnection;
          const checks = connection ? healthChecksOf(connection) : null;
          if (!connection) return v.missing(missingNetworkConnection(entry)).result();
          if (!checks) return v.missing(missingHealthChecks(connection)).result();
          const kerberos = checks.filter((check) => check.errorType === "ssoCheckKerberosConfigurationError" && check.status !== "passed");
          if (kerberos.length > 0) v.fail(...kerberos.map((check) => healthCheckEvidence(connection, check)));
          else v.note({ label: `Kerberos server object check on ${connection.displayName}`, value: "no error", ref: networkConnectionRef(connection) });
          return v.result();
        });
    },
  },
  sso005,
  {
    id: "SSO-006",
    title: "Policy has SSO on but the Cloud PC has not applied it yet",
    severity: "low",
    stalls: false,
    phase: "remoteSession",
    entityType: "cloudPc",
    rationale:
      "Turning SSO on in a provisioning policy reaches existing Cloud PCs only once it is applied to them; until then the Cloud PC's own setting (connectionSetting.enableSingleSignOn) stays off, or its status shows modifyingSingleSignOn, and its user still gets the credential prompt.",
    remediation: [
      "Apply the policy's single sign-on setting to existing Cloud PCs (Apply this configuration, or the Graph apply action with singleSignOn).",
      "Wait for the Cloud PC's status to return to provisioned, then reconnect.",
    ],
    source: "Graph cloudPC",
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const entry of index.cloudPcsById.values()) {
        if (entry.policy?.policy.enableSingleSignOn !== true) continue;
        const { cloudPc } = entry;
        const ref = cloudPcRef(entry);
        const applied = cloudPc.connectionSetting?.enableSingleSignOn ?? null;
        const v = assess("SSO-006", cloudPcSubject(entry)).note(ssoOnEvidence(entry.policy));
        const appliedItem = { label: "SSO applied on the Cloud PC (connectionSetting)", value: applied, ref };
        if (cloudPc.status === "modifyingSingleSignOn") v.fail({ label: "Cloud PC status", value: cloudPc.status, ref });
        if (applied === false) v.fail(appliedItem);
        else if (applied === true) v.note(appliedItem);
        else v.missing(`Whether single sign-on is applied on Cloud PC ${cloudPc.displayName} (connectionSetting.enableSingleSignOn, Graph beta)`);
        results.push(v.result());
      }
      return results;
    },
  },
];
