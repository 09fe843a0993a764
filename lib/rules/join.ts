import { isEntraJoin, isHybridJoin } from "./facts";
import { healthCheckEvidence, healthChecksOf, missingHealthChecks, missingNetworkConnection, networkConnectionRef } from "./network";
import {
  clientRef,
  clientSubject,
  cloudPcEvidence,
  cloudPcSubject,
  identityEvidence,
  joinTypeEvidence,
  policySubject,
  userEvidence,
} from "./subjects";
import type { RuleDefinition, RuleResult } from "./types";
import { assess } from "./assessment";

const joinTable = "seed 003 join table";

// The checks that prove the network can resolve and reach the AD domain (graph.md 3, errorType).
const lineOfSightCheck = /^(dnsCheck|adJoinCheck)/i;

export const joinRules: RuleDefinition[] = [
  {
    id: "JOIN-001",
    title: "Hybrid-joined policy's network connection has no Azure subscription",
    severity: "high",
    stalls: false,
    phase: "cloudService",
    entityType: "provisioningPolicy",
    rationale:
      "Microsoft Entra hybrid join requires an Azure subscription: the Cloud PCs are placed in your own virtual network, which lives in a subscription you own. Without one, the service cannot provision Cloud PCs from this policy.",
    remediation: [
      "Open the Azure network connection used by the policy (Intune > Devices > Windows 365 > Azure network connection).",
      "Recreate it against a virtual network in an Azure subscription you own, or pick a connection that has one.",
      "Run the connection's health checks, then edit the provisioning policy to use it.",
    ],
    source: joinTable,
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const entry of index.policiesById.values()) {
        if (!isHybridJoin(entry.joinType)) continue;
        const v = assess("JOIN-001", policySubject(entry)).note(joinTypeEvidence(entry));
        const connection = entry.networkConnection;
        if (!connection) v.missing(missingNetworkConnection(entry));
        else if (!connection.subscriptionId) v.fail({ label: `Azure subscription of ${connection.displayName}`, value: null, ref: networkConnectionRef(connection) });
        else v.note({ label: `Azure subscription of ${connection.displayName}`, value: connection.subscriptionName || connection.subscriptionId, ref: networkConnectionRef(connection) });
        results.push(v.result());
      }
      return results;
    },
  },
  {
    id: "JOIN-002",
    title: "Hybrid-joined policy's network has no line of sight to a domain controller",
    severity: "critical",
    stalls: false,
    phase: "remoteSession",
    entityType: "provisioningPolicy",
    rationale:
      "A hybrid-joined Cloud PC is joined to on-premises Active Directory, so its virtual network needs line of sight to a domain controller. When the network connection's DNS or AD join health check fails, Cloud PCs cannot join the domain and users cannot sign in to them.",
    remediation: [
      "Open the failing health check on the Azure network connection and read its recommended action.",
      "Point the virtual network's DNS at servers that resolve the AD domain, and open the routes or VPN to a domain controller.",
      "Check the domain join account's credentials and the organizational unit, then rerun the health checks.",
    ],
    source: joinTable,
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const entry of index.policiesById.values()) {
        if (!isHybridJoin(entry.joinType)) continue;
        const v = assess("JOIN-002", policySubject(entry)).note(joinTypeEvidence(entry));
        const connection = entry.networkConnection;
        const checks = connection ? healthChecksOf(connection) : null;
        if (!connection) v.missing(missingNetworkConnection(entry));
        else if (!checks) v.missing(missingHealthChecks(connection));
        else {
          const failed = checks.filter((check) => check.status === "failed" && lineOfSightCheck.test(check.errorType ?? ""));
          if (failed.length > 0) v.fail(...failed.map((check) => healthCheckEvidence(connection, check)));
          else v.note({ label: `Failed DNS or AD join health checks on ${connection.displayName}`, value: 0, ref: networkConnectionRef(connection) });
        }
        results.push(v.result());
      }
      return results;
    },
  },
  {
    id: "JOIN-003",
    title: "User whose identity type is not hybrid is assigned a hybrid-joined Cloud PC",
    severity: "critical",
    stalls: true,
    phase: "remoteSession",
    entityType: "cloudPc",
    rationale:
      "Only hybrid users can sign in to a Microsoft Entra hybrid joined Cloud PC: Windows signs in against on-premises AD, where cloud-only, federated and external users have no account. The user gets through the service but stops at the Windows sign-in.",
    remediation: [
      "Move the user to a provisioning policy that uses Microsoft Entra join, and reprovision the Cloud PC.",
      "Or, if the user should be hybrid, create the account in on-premises AD and sync it with Entra Connect.",
      "If the identity type is wrong, record an override with the reason on the user.",
    ],
    source: joinTable,
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const entry of index.cloudPcsById.values()) {
        if (!entry.cloudPc.userPrincipalName || isEntraJoin(entry.joinType)) continue;
        const hybridJoin = isHybridJoin(entry.joinType);
        if (!hybridJoin && entry.joinType !== null) continue;
        const v = assess("JOIN-003", cloudPcSubject(entry)).note(joinTypeEvidence(entry));
        const user = entry.user;
        if (!user) {
          v.missing(`The user ${entry.cloudPc.userPrincipalName} assigned to Cloud PC ${entry.cloudPc.displayName} (users)`);
        } else if (user.identity.identityType === "hybrid") {
          v.note(identityEvidence(user), ...user.identity.evidence);
        } else if (hybridJoin) {
          v.fail(identityEvidence(user), ...user.identity.evidence);
        } else {
          v.missing(`The join type of Cloud PC ${entry.cloudPc.displayName}'s provisioning policy (domainJoinConfigurations)`, identityEvidence(user));
        }
        results.push(v.result());
      }
      return results;
    },
  },
  {
    id: "JOIN-004",
    title: "Group Policy management expected on an Entra-joined Cloud PC",
    severity: "medium",
    stalls: false,
    phase: "inSession",
    entityType: "cloudPc",
    rationale:
      "A Microsoft Entra joined Cloud PC is not in an AD domain, so Group Policy objects never reach it: it is managed by Intune MDM only. Settings an admin expects from a GPO are silently missing in the session.",
    remediation: [
      "Rebuild the settings of each listed GPO as an Intune configuration profile (Group Policy analytics can import them).",
      "Assign the profile to the Cloud PC's device group.",
      "Remove the GPO link that targets these Cloud PCs so the inventory no longer expects it.",
    ],
    source: joinTable,
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const entry of index.cloudPcsById.values()) {
        if (!isEntraJoin(entry.joinType)) continue;
        const userId = entry.user?.user.id;
        const groupPolicies = [
          ...(index.assignmentsByCloudPcId.get(entry.cloudPc.id) ?? []),
          ...(entry.policy ? (index.assignmentsByPolicyId.get(entry.policy.policy.id) ?? []) : []),
          ...(userId ? (index.assignmentsByUserId.get(userId) ?? []).filter((assignment) => assignment.target === "user") : []),
        ].filter((assignment) => assignment.managementType === "groupPolicy");
        const v = assess("JOIN-004", cloudPcSubject(entry)).note(joinTypeEvidence(entry));
        if (groupPolicies.length > 0) v.fail(...[...new Set(groupPolicies)].map((gpo) => ({ label: "Group Policy object targeting it", value: gpo.displayName })));
        else v.note({ label: "Group Policy objects targeting it", value: 0, ref: { entityType: "cloudPc", entityId: entry.cloudPc.id } });
        results.push(v.result());
      }
      return results;
    },
  },
  {
    id: "JOIN-005",
    title: "Windows Hello for Business sign-in to a hybrid-joined Cloud PC from a client with no line of sight to a domain controller",
    severity: "high",
    stalls: true,
    phase: "remoteSession",
    entityType: "client",
    rationale:
      "Windows Hello for Business works with hybrid-joined Cloud PCs only when the connecting device has line of sight to a domain controller, directly or through a VPN. From anywhere else the Kerberos step cannot complete and the user is left at the prompt.",
    remediation: [
      "Connect the device to the corporate network or a VPN that reaches a domain controller before connecting.",
      "Or enable single sign-on with a Microsoft Entra Kerberos server object so the client does not need the domain controller.",
      "Or give the user an Entra-joined Cloud PC.",
    ],
    source: joinTable,
    evaluate({ index }) {
      const results: RuleResult[] = [];
      for (const user of index.usersById.values()) {
        if (!user.user.sightline?.signInMethods?.includes("windowsHelloForBusiness")) continue;
        const hybridCloudPc = user.cloudPcs.find((cloudPc) => isHybridJoin(cloudPc.joinType));
        if (!hybridCloudPc) continue;
        for (const client of user.clients) {
          const clientEntry = { client, user };
          const v = assess("JOIN-005", clientSubject(clientEntry, hybridCloudPc)).note(
            userEvidence(user),
            { label: "Signs in with", value: "windowsHelloForBusiness", ref: { entityType: "user", entityId: user.user.id } },
            cloudPcEvidence(hybridCloudPc),
            joinTypeEvidence(hybridCloudPc),
          );
          const lineOfSight = { label: "Line of sight to a domain controller", value: client.lineOfSightToDomainController ?? null, ref: clientRef(clientEntry) };
          if (client.lineOfSightToDomainController === false) v.fail(lineOfSight);
          else if (client.lineOfSightToDomainController === true) v.note(lineOfSight);
          else v.missing(`Whether client ${client.deviceName ?? client.id} has line of sight to a domain controller, directly or by VPN (lineOfSightToDomainController)`);
          results.push(v.result());
        }
      }
      return results;
    },
  },
];
