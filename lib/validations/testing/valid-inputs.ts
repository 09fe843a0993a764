import fc from "fast-check";
import { buildContosoSnapshot } from "@/prisma/demo";
import { validAgentLogLines } from "@/lib/import/testing/hostile-agent-log";
import { symptomIds } from "../diagnosis";
import { clientApps, cloudPcAppIds, credentialMethods, identityTypes, inSessionMethods } from "../enums";
import { importCollections } from "../import";

/**
 * Inputs each schema must accept, keyed `file#Export` as the schema test finds them, so a property
 * test of a schema also shows the schema does not refuse everything. A schema without an entry here
 * fails that test until one is written.
 */

const text = (min: number, max: number) => fc.string({ minLength: min, maxLength: max }).filter((s) => s.trim().length >= min);
const sourceId = fc.stringMatching(/^[A-Za-z0-9._-]{1,40}$/);
const version = fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }).map(String));
const upn = fc.tuple(fc.stringMatching(/^[a-z0-9._-]{1,20}$/), fc.stringMatching(/^[a-z0-9-]{1,20}$/), fc.constantFrom("com", "onmicrosoft.com", "example")).map(([name, domain, top]) => `${name}@${domain}.${top}`);
const triState = fc.constantFrom("", "true", "false", undefined);
const planHash = fc.stringMatching(/^[0-9a-f]{64}$/);
const month = fc.tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
const kb = fc.integer({ min: 100_000, max: 99_999_999 }).map((n) => `KB${n}`);
const updatesText = fc.array(fc.tuple(kb, month).map(([k, m]) => `${k} ${m}`), { maxLength: 5 }).map((lines) => lines.join("\n"));
const anyParams = fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 30 }));
const ref = { id: sourceId, version };

const cloudPcFields = { displayName: text(1, 400), userPrincipalName: fc.option(upn, { nil: undefined }), osRelease: fc.constantFrom(undefined, "", "24H2", "23h2", "2004"), installedUpdates: fc.option(updatesText, { nil: undefined }), ssoApplied: triState };
const clientFields = { user: text(1, 400), app: fc.constantFrom(...clientApps), managed: triState, deviceName: fc.option(text(0, 400), { nil: undefined }) };
const connectionFields = { displayName: text(1, 400), connectionType: fc.constantFrom(undefined, "", "hybridAzureADJoin") };
const userFields = fc.record({
  userPrincipalName: upn,
  userType: fc.constantFrom(undefined, "", "Member", "Guest"),
  signInMethods: fc.subarray([...credentialMethods]),
  inSessionMethods: fc.subarray([...inSessionMethods]),
  override: fc.option(fc.tuple(fc.constantFrom(...identityTypes), text(10, 200)), { nil: undefined }),
}).map(({ override, ...user }) => ({ ...user, ...(override ? { identityTypeOverride: override[0], identityTypeOverrideReason: override[1] } : {}) }));
const findingIds = fc.array(text(1, 100), { minLength: 1, maxLength: 5 });
const day = 24 * 3600 * 1000;

const demo = buildContosoSnapshot();
const from = <T>(list: readonly T[] | null | undefined): fc.Arbitrary<unknown> => {
  if (!list || list.length === 0) throw new Error("the demo tenant has no example of this");
  return fc.constantFrom(...list);
};
const logRecords = validAgentLogLines.map((line) => JSON.parse(line) as Record<string, unknown>);

export const validInputs: Record<string, fc.Arbitrary<unknown>> = {
  "agent-sessions.ts#AgentSessionListParams": anyParams,
  "agent-sessions.ts#AgentEventImportInput": fc.record({ tenantId: text(1, 100), dryRun: fc.constantFrom("0", "1", "x"), expectedPlanHash: planHash }, { requiredKeys: ["tenantId"] }),
  "audit.ts#AuditListParams": anyParams,
  "client.ts#CreateClientInput": fc.record({ ...clientFields, id: fc.option(sourceId, { nil: undefined }) }),
  "client.ts#UpdateClientInput": fc.record({ ...clientFields, ...ref }),
  "cloud-pc.ts#installedUpdatesText": fc.option(updatesText, { nil: undefined }),
  "cloud-pc.ts#CreateCloudPcInput": fc.record(cloudPcFields),
  "cloud-pc.ts#UpdateCloudPcInput": fc.record({ ...cloudPcFields, ...ref }),
  "diagnosis.ts#DiagnosisClientChoice": fc.oneof(fc.record({ kind: fc.constant("recorded"), id: text(1, 200) }), fc.record({ kind: fc.constant("onTheSpot"), app: fc.constantFrom(...clientApps) })),
  "diagnosis.ts#DiagnosisAnswers": fc.dictionary(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), { maxKeys: 40 }),
  "diagnosis.ts#DiagnosisInput": fc.record(
    { tenantId: text(1, 100), userId: text(1, 200), symptom: fc.constantFrom(...symptomIds), cloudPcId: fc.option(text(1, 200)), client: fc.constant({ kind: "onTheSpot", app: "windowsAppWeb" }) },
    { requiredKeys: ["tenantId", "userId", "symptom"] },
  ),
  "diagnosis.ts#UserSearchParams": fc.record({ tenantId: text(1, 100), q: fc.string(), take: fc.string() }, { requiredKeys: ["tenantId"] }),
  "diagnosis.ts#DiagnosisSubjectParams": fc.record({ tenantId: text(1, 100), userId: text(1, 200) }),
  "diagnosis.ts#DiagnosisExportParams": fc.record({ redact: fc.constantFrom("0", "1", "true", "false") }, { requiredKeys: [] }),
  "evaluation.ts#RunEvaluationInput": fc.record({ tenantId: fc.string({ minLength: 1, maxLength: 100 }) }),
  "findings.ts#FindingListParams": anyParams,
  "form-fields.ts#triState": triState,
  "form-fields.ts#newSourceId": fc.option(sourceId, { nil: undefined }),
  "form-fields.ts#RecordRef": fc.record(ref),
  "form-fields.ts#userPrincipalName": upn,
  "import.ts#FileHint": fc.record({ collection: fc.constantFrom(...importCollections), servicePrincipalAppId: fc.constantFrom(cloudPcAppIds.microsoftRemoteDesktop, cloudPcAppIds.windowsCloudLogin) }, { requiredKeys: [] }),
  "import.ts#ImportRequestFields": fc.record({ tenantId: fc.string({ minLength: 1, maxLength: 200 }), hints: fc.array(fc.constant({}), { maxLength: 3 }), removeMissing: fc.boolean(), expectedPlanHash: planHash }, { requiredKeys: ["tenantId"] }),
  "inventory.ts#FlagFilter": fc.anything(),
  "inventory.ts#CloudPcListParams": anyParams,
  "inventory.ts#UserListParams": anyParams,
  "inventory.ts#ProvisioningPolicyListParams": anyParams,
  "inventory.ts#NetworkConnectionListParams": anyParams,
  "inventory.ts#ConditionalAccessListParams": anyParams,
  "inventory.ts#ClientListParams": anyParams,
  "network-connection.ts#CreateNetworkConnectionInput": fc.record({ ...connectionFields, id: fc.option(sourceId, { nil: undefined }) }),
  "network-connection.ts#UpdateNetworkConnectionInput": fc.record({ ...connectionFields, ...ref }),
  "provisioning-policy.ts#UpdateProvisioningPolicyInput": fc.record({ displayName: text(1, 400), joinType: fc.constantFrom("", "azureADJoin", "hybridAzureADJoin"), networkConnectionId: sourceId, enableSingleSignOn: triState, ...ref }),
  "snapshot.ts#GraphDomain": from(demo.domains),
  "snapshot.ts#ObjectIdentity": from(demo.users?.flatMap((u) => u.identities ?? [])),
  "snapshot.ts#UserFacts": from(demo.users?.flatMap((u) => (u.sightline ? [u.sightline] : []))),
  "snapshot.ts#GraphUser": from(demo.users),
  "snapshot.ts#GraphGroup": from(demo.groups),
  "snapshot.ts#InstalledUpdate": fc.record({ kb, month }),
  "snapshot.ts#CloudPcFacts": from(demo.cloudPCs?.flatMap((c) => (c.sightline ? [c.sightline] : []))),
  "snapshot.ts#GraphCloudPc": from(demo.cloudPCs),
  "snapshot.ts#DomainJoinConfiguration": from(demo.provisioningPolicies?.flatMap((p) => p.domainJoinConfigurations ?? [])),
  "snapshot.ts#GraphProvisioningPolicy": from(demo.provisioningPolicies),
  "snapshot.ts#HealthCheck": from(demo.onPremisesConnections?.flatMap((c) => c.healthCheckStatusDetail?.healthChecks ?? [])),
  "snapshot.ts#GraphOnPremisesConnection": from(demo.onPremisesConnections),
  "snapshot.ts#GraphConditionalAccessPolicy": from(demo.conditionalAccessPolicies),
  "snapshot.ts#AuthenticationMethodConfiguration": from(demo.authenticationMethodsPolicy?.authenticationMethodConfigurations),
  "snapshot.ts#GraphAuthenticationMethodsPolicy": fc.constant(demo.authenticationMethodsPolicy),
  "snapshot.ts#RemoteDesktopSecurityConfiguration": from(demo.remoteDesktopSecurityConfigurations),
  "snapshot.ts#TenantSettings": fc.constant(demo.tenantSettings),
  "snapshot.ts#ConfigurationAssignment": from(demo.configurationAssignments),
  "snapshot.ts#Client": from(demo.clients),
  "snapshot.ts#AgentIdentity": from(demo.agentIdentities),
  "snapshot.ts#AgentPool": from(demo.agentPools),
  "snapshot.ts#AgentSessionEvent": from(demo.agentSessions?.flatMap((s) => s.events)),
  "snapshot.ts#AgentSession": from(demo.agentSessions),
  "snapshot.ts#SnapshotTenant": fc.constant(demo.tenant),
  "snapshot.ts#TenantSnapshot": fc.constant(demo),
  "table-params.ts#TableParams": anyParams,
  "tenant.ts#SelectTenantInput": fc.record({ tenantId: fc.string({ minLength: 1, maxLength: 100 }) }),
  "triage.ts#AcceptRiskInput": fc.record({ findingIds, reason: text(10, 1000), owner: text(2, 200), expiresAt: fc.integer({ min: 1, max: 360 }).map((days) => new Date(Date.now() + days * day).toISOString()) }),
  "triage.ts#ReopenInput": fc.record({ findingIds, reason: fc.option(fc.string({ maxLength: 1000 }), { nil: undefined }) }),
  "user.ts#CreateUserInput": fc.tuple(userFields, fc.option(sourceId, { nil: undefined })).map(([user, id]) => ({ ...user, id })),
  "user.ts#UpdateUserInput": fc.tuple(userFields, fc.record(ref)).map(([user, r]) => ({ ...user, ...r })),
  "format.ts#AgentLine": from(logRecords.filter((r) => r.record === "agent")),
  "format.ts#PoolCloudPc": from(logRecords.flatMap((r) => (r.record === "pool" ? ((r.cloudPcs as unknown[] | undefined) ?? []) : []))),
  "format.ts#PoolLine": from(logRecords.filter((r) => r.record === "pool")),
  "format.ts#EventLine": from(logRecords.filter((r) => r.record === undefined)),
};
