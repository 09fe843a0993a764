import { parseOsRelease, policyJoinType } from "../rules/facts";
import { joinTypeLabels } from "../ui/labels";
import { joinTypes } from "../validations/enums";
import type { GraphCloudPc } from "../validations/snapshot";
import { isYes, sliceCloudPc, sliceConnection, slicePolicy, yesNo, type QuestionDefinition } from "./question-types";

/** Questions about the Cloud PC, its provisioning policy and its network connection: an admin answers them from Intune. */

const cloudPcName = (cloudPc: GraphCloudPc) => cloudPc.displayName;
const facts = (cloudPc: GraphCloudPc) => (cloudPc.sightline ??= {});

/** The Windows answers state version, edition and release together, as the options read. */
const windowsAnswers = [
  { value: "windows11Enterprise24H2", label: "Windows 11 Enterprise, 24H2 or later", osVersion: "windows11", osEdition: "enterprise", osRelease: "24H2" },
  { value: "windows11EnterpriseOlder", label: "Windows 11 Enterprise, 23H2 or earlier", osVersion: "windows11", osEdition: "enterprise", osRelease: "23H2" },
  { value: "windows11OtherEdition", label: "Windows 11, not the Enterprise edition", osVersion: "windows11", osEdition: "pro", osRelease: null },
  { value: "windows10", label: "Windows 10", osVersion: "windows10", osEdition: null, osRelease: null },
] as const;

/** Health check results as the admin reads them in the network connection's page (Graph errorType values). */
const healthAnswers = [
  { value: "allPassed", label: "All checks passed", checks: [{ displayName: "All checks (reported by the admin)", status: "passed" }] },
  {
    value: "domainControllerFailed",
    label: "The DNS or domain join check failed",
    checks: [{ displayName: "Active Directory domain join (reported by the admin)", status: "failed", errorType: "adJoinCheckServerNotOperational" }],
  },
  {
    value: "kerberosFailed",
    label: "The single sign-on (Kerberos server object) check failed",
    checks: [{ displayName: "Single sign-on check (reported by the admin)", status: "failed", errorType: "ssoCheckKerberosConfigurationError" }],
  },
] as const;

export const cloudPcQuestions: QuestionDefinition[] = [
  {
    id: "cloudPc.ssoApplied",
    scope: "cloudPc",
    audience: "admin",
    rules: ["EXT-004", "FED-002", "SSO-006"],
    options: yesNo,
    ask: (slice) => {
      const cloudPc = sliceCloudPc(slice);
      return cloudPc ? `Is single sign-on applied on Cloud PC ${cloudPcName(cloudPc)}? (Intune shows it on the Cloud PC's overview.)` : null;
    },
    open: (slice) => {
      const cloudPc = sliceCloudPc(slice);
      return cloudPc !== null && cloudPc.connectionSetting?.enableSingleSignOn == null;
    },
    apply: (slice, value) => {
      const cloudPc = sliceCloudPc(slice);
      if (cloudPc) cloudPc.connectionSetting = { ...cloudPc.connectionSetting, enableSingleSignOn: isYes(value) };
    },
  },
  {
    id: "cloudPc.windowsRelease",
    scope: "cloudPc",
    audience: "admin",
    rules: ["EXT-002"],
    options: windowsAnswers.map(({ value, label }) => ({ value, label })),
    ask: (slice) => {
      const cloudPc = sliceCloudPc(slice);
      return cloudPc ? `Which Windows does Cloud PC ${cloudPcName(cloudPc)} run?` : null;
    },
    open: (slice) => {
      const cloudPc = sliceCloudPc(slice);
      if (!cloudPc) return false;
      return !cloudPc.osVersion || !cloudPc.sightline?.osEdition || parseOsRelease(cloudPc.sightline?.osRelease) === null;
    },
    apply: (slice, value) => {
      const cloudPc = sliceCloudPc(slice);
      const answer = windowsAnswers.find((candidate) => candidate.value === value);
      if (!cloudPc || !answer) return;
      cloudPc.osVersion = answer.osVersion;
      if (answer.osEdition) facts(cloudPc).osEdition = answer.osEdition;
      if (answer.osRelease) facts(cloudPc).osRelease = answer.osRelease;
    },
  },
  {
    id: "cloudPc.septemberUpdate",
    scope: "cloudPc",
    audience: "admin",
    rules: ["EXT-003"],
    options: yesNo,
    ask: (slice) => {
      const cloudPc = sliceCloudPc(slice);
      return cloudPc ? `Is the September 2025 cumulative update (KB5065789), or a later one, installed on Cloud PC ${cloudPcName(cloudPc)}?` : null;
    },
    open: (slice) => {
      const cloudPc = sliceCloudPc(slice);
      return cloudPc !== null && cloudPc.sightline?.installedUpdates == null;
    },
    apply: (slice, value) => {
      const cloudPc = sliceCloudPc(slice);
      if (!cloudPc) return;
      const recorded = cloudPc.sightline?.installedUpdates ?? [];
      // "No" leaves the list as recorded (possibly empty): the rule then finds no qualifying update.
      facts(cloudPc).installedUpdates = isYes(value) ? [...recorded, { kb: "KB5065789", month: "2025-09" }] : recorded;
    },
  },
  {
    id: "cloudPc.smartCardDriversInstalled",
    scope: "cloudPc",
    audience: "admin",
    rules: ["INS-003"],
    options: yesNo,
    ask: (slice) => {
      const cloudPc = sliceCloudPc(slice);
      return cloudPc ? `Are the smart card drivers (the card vendor's middleware) installed on Cloud PC ${cloudPcName(cloudPc)}?` : null;
    },
    open: (slice) => {
      const cloudPc = sliceCloudPc(slice);
      return cloudPc !== null && cloudPc.sightline?.smartCardDriversInstalled == null;
    },
    apply: (slice, value) => {
      const cloudPc = sliceCloudPc(slice);
      if (cloudPc) facts(cloudPc).smartCardDriversInstalled = isYes(value);
    },
  },
  {
    id: "policy.enableSingleSignOn",
    scope: "cloudPc",
    audience: "admin",
    rules: ["SSO-001"],
    options: yesNo,
    ask: (slice) => {
      const policy = slicePolicy(slice);
      return policy ? `Is “Use Microsoft Entra single sign-on” selected on provisioning policy ${policy.displayName}?` : null;
    },
    open: (slice) => {
      const policy = slicePolicy(slice);
      return policy !== null && policy.enableSingleSignOn == null;
    },
    apply: (slice, value) => {
      const policy = slicePolicy(slice);
      if (policy) policy.enableSingleSignOn = isYes(value);
    },
  },
  {
    id: "policy.joinType",
    scope: "cloudPc",
    audience: "admin",
    rules: ["EXT-001", "JOIN-003"],
    options: joinTypes.map((value) => ({ value, label: joinTypeLabels[value] })),
    ask: (slice) => {
      const policy = slicePolicy(slice);
      const cloudPc = sliceCloudPc(slice);
      return policy && cloudPc ? `How does provisioning policy ${policy.displayName} (Cloud PC ${cloudPcName(cloudPc)}) join its Cloud PCs?` : null;
    },
    open: (slice) => {
      const policy = slicePolicy(slice);
      return policy !== null && policyJoinType(policy) === null;
    },
    apply: (slice, value) => {
      const policy = slicePolicy(slice);
      if (!policy) return;
      const [first, ...rest] = policy.domainJoinConfigurations ?? [];
      policy.domainJoinConfigurations = [{ ...first, domainJoinType: value }, ...rest];
    },
  },
  {
    id: "network.healthChecks",
    scope: "cloudPc",
    audience: "admin",
    rules: ["JOIN-002", "SSO-004"],
    options: healthAnswers.map(({ value, label }) => ({ value, label })),
    ask: (slice) => {
      const connection = sliceConnection(slice);
      return connection ? `What did the last health checks of Azure network connection ${connection.displayName} report?` : null;
    },
    open: (slice) => {
      const connection = sliceConnection(slice);
      return connection !== null && (connection.healthCheckStatusDetail?.healthChecks ?? []).length === 0;
    },
    apply: (slice, value) => {
      const connection = sliceConnection(slice);
      const answer = healthAnswers.find((candidate) => candidate.value === value);
      if (!connection || !answer) return;
      connection.healthCheckStatusDetail = { ...connection.healthCheckStatusDetail, healthChecks: answer.checks.map((check) => ({ ...check })) };
    },
  },
];
