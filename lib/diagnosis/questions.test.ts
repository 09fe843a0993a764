import { describe, expect, it } from "vitest";
import { getRule, type RuleId, type Verdict } from "@/lib/rules";
import { cloudPcAppIds } from "@/lib/validations/enums";
import type { TenantSnapshot } from "@/lib/validations/snapshot";
import { questionCatalog, validateAnswers } from "./questions";
import { diagnoseDemo, findPerson, type DemoCase } from "./test-fixtures";

type Snapshot = TenantSnapshot;

const clientOf = (snapshot: Snapshot, person: string) => findPerson(snapshot, person).clients[0];
const policyOf = (snapshot: Snapshot, person: string) => {
  const cloudPc = findPerson(snapshot, person).cloudPcs[0];
  return snapshot.provisioningPolicies.find((policy) => policy.id === cloudPc.provisioningPolicyId)!;
};
const remoteDesktop = (snapshot: Snapshot, appId: string) => snapshot.remoteDesktopSecurityConfigurations.find((configuration) => configuration.servicePrincipalAppId === appId)!;

interface QuestionCase {
  case: DemoCase;
  /** The step the question settles, and its verdict for each answer. */
  rule: RuleId;
  entityId?: string;
  verdicts: Record<string, Verdict>;
  /** A second rule the same answer settles. */
  also?: { rule: RuleId; verdicts: Record<string, Verdict> };
}

/**
 * For every question: a demo person for whom the fact is missing (or is made missing, the smallest
 * change), and the verdict the rule engine must reach for each answer. This checks the question's
 * wording end to end: the fact it writes is the fact the rule reads.
 */
const questionCases: Record<string, QuestionCase> = {
  "client.canReachRequiredUrls": { case: { tenant: "Contoso", person: "Emily Braun", symptom: "cannotConnect" }, rule: "AUTH-006", verdicts: { yes: "pass", no: "fail" } },
  "client.b2bRegistryKeySet": { case: { tenant: "Contoso", person: "Ingrid Svensson", symptom: "guestCannotSignIn" }, rule: "EXT-006", verdicts: { yes: "pass", no: "fail" } },
  "client.lineOfSightToDomainController": { case: { tenant: "Contoso", person: "Patti Fernandez", symptom: "credentialPrompt" }, rule: "JOIN-005", verdicts: { yes: "pass", no: "fail" } },
  "client.credentialsSaved": {
    case: { tenant: "Contoso", person: "Kim Akers", symptom: "passwordEveryConnection", tweak: (s) => void (clientOf(s, "Kim Akers").credentialsSaved = null) },
    rule: "SSO-005",
    verdicts: { yes: "fail", no: "pass" },
  },
  "client.managed": {
    case: { tenant: "Contoso", person: "Kim Akers", symptom: "passwordEveryConnection", tweak: (s) => void (clientOf(s, "Kim Akers").managed = null) },
    rule: "SSO-005",
    verdicts: { yes: "pass", no: "fail" },
  },
  "client.shared": {
    case: { tenant: "Contoso", person: "Isaiah Langer", symptom: "passwordEveryConnection", tweak: (s) => void (clientOf(s, "Isaiah Langer").shared = null) },
    rule: "SSO-005",
    verdicts: { yes: "fail", no: "pass" },
  },
  "client.localOs": {
    case: { tenant: "Contoso", person: "Grady Archie", clientApp: "windowsAppWindows", symptom: "webAuthnInSession" },
    rule: "INS-002",
    verdicts: { windows11: "pass", windows10Supported: "pass", windows10Old: "fail", macOs: "fail", other: "fail" },
  },
  "cloudPc.ssoApplied": { case: { tenant: "Contoso", person: "Christie Cline", symptom: "passwordEveryConnection" }, rule: "SSO-006", verdicts: { yes: "pass", no: "fail" } },
  "cloudPc.windowsRelease": {
    case: { tenant: "Contoso", person: "Ingrid Svensson", symptom: "guestCannotSignIn" },
    rule: "EXT-002",
    verdicts: { windows11Enterprise24H2: "pass", windows11EnterpriseOlder: "fail", windows11OtherEdition: "fail", windows10: "fail" },
  },
  "cloudPc.septemberUpdate": { case: { tenant: "Contoso", person: "Ingrid Svensson", symptom: "guestCannotSignIn" }, rule: "EXT-003", verdicts: { yes: "pass", no: "fail" } },
  "cloudPc.smartCardDriversInstalled": { case: { tenant: "Contoso", person: "Irvin Sayers", symptom: "smartCardInSession" }, rule: "INS-003", verdicts: { yes: "pass", no: "fail" } },
  "policy.enableSingleSignOn": {
    case: { tenant: "Contoso", person: "Bianca Pisani", symptom: "passwordEveryConnection", tweak: (s) => void (policyOf(s, "Bianca Pisani").enableSingleSignOn = null) },
    rule: "SSO-001",
    verdicts: { yes: "pass", no: "fail" },
  },
  "policy.joinType": {
    case: {
      tenant: "Contoso",
      person: "Lena Fischer",
      symptom: "guestCannotSignIn",
      tweak: (s) => {
        const configuration = policyOf(s, "Lena Fischer").domainJoinConfigurations![0];
        configuration.domainJoinType = null;
        configuration.type = null;
      },
    },
    rule: "EXT-001",
    verdicts: { azureADJoin: "pass", hybridAzureADJoin: "fail" },
  },
  "network.healthChecks": {
    case: { tenant: "Fabrikam", person: "Ray Chen", symptom: "cannotConnect" },
    rule: "JOIN-002",
    verdicts: { allPassed: "pass", domainControllerFailed: "fail", kerberosFailed: "pass" },
    also: { rule: "SSO-004", verdicts: { allPassed: "pass", domainControllerFailed: "pass", kerberosFailed: "fail" } },
  },
  "user.homeCloud": {
    case: { tenant: "Contoso", person: "Ingrid Svensson", symptom: "guestCannotSignIn" },
    rule: "EXT-009",
    verdicts: { commercial: "pass", usGovernment: "fail", china21Vianet: "fail" },
  },
  "user.requiresOnPremisesKerberos": { case: { tenant: "Contoso", person: "Ingrid Svensson", symptom: "guestCannotSignIn" }, rule: "EXT-011", verdicts: { yes: "fail", no: "pass" } },
  "user.domainFederated": {
    case: { tenant: "Contoso", person: "Wendy Park", symptom: "credentialPrompt", tweak: (s) => void (s.domains = s.domains.filter((domain) => domain.id !== "wingtiptoys.com")) },
    rule: "FED-001",
    verdicts: { yes: "pass", no: "fail" },
  },
  "tenant.rdpAuthentication": {
    case: { tenant: "Fabrikam", person: "Sam Patel", symptom: "passwordEveryConnection", tweak: (s) => void (remoteDesktop(s, cloudPcAppIds.windowsCloudLogin).isRemoteDesktopProtocolEnabled = null) },
    rule: "SSO-002",
    verdicts: { yes: "pass", no: "fail" },
  },
  "tenant.targetDeviceGroups": {
    case: { tenant: "Contoso", person: "Megan Bowen", symptom: "consentPrompt", tweak: (s) => void (remoteDesktop(s, cloudPcAppIds.windowsCloudLogin).targetDeviceGroups = null) },
    rule: "SSO-003",
    entityId: cloudPcAppIds.windowsCloudLogin,
    verdicts: { yes: "pass", no: "fail" },
  },
  "tenant.smartCardRedirectionAllowed": {
    case: { tenant: "Contoso", person: "Nestor Wilke", symptom: "smartCardInSession", tweak: (s) => void (s.tenantSettings = { ...s.tenantSettings, smartCardRedirectionAllowed: null }) },
    rule: "INS-004",
    verdicts: { yes: "pass", no: "fail" },
  },
};

function statusOf(diagnosis: ReturnType<typeof diagnoseDemo>, rule: RuleId, entityId?: string): Verdict | undefined {
  return diagnosis.phases.flatMap((phase) => phase.steps).find((step) => step.ruleId === rule && (!entityId || step.entityId === entityId))?.status;
}

describe("the question catalogue", () => {
  it("has unique ids, real rules and unique answers, and a tested case for every question", () => {
    const ids = questionCatalog.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of questionCatalog) {
      for (const rule of question.rules) expect(getRule(rule), `${question.id} names ${rule}`).toBeDefined();
      const values = question.options.map((option) => option.value);
      expect(new Set(values).size).toBe(values.length);
    }
    expect(Object.keys(questionCases).sort()).toEqual([...ids].sort());
  });

  it.each(Object.entries(questionCases))("%s is asked while its fact is missing, and each answer settles the rule", (id, spec) => {
    const question = questionCatalog.find((candidate) => candidate.id === id)!;
    expect(Object.keys(spec.verdicts).sort()).toEqual(question.options.map((option) => option.value).sort());

    const unanswered = diagnoseDemo(spec.case);
    expect(statusOf(unanswered, spec.rule, spec.entityId)).toBe("unknown");
    const asked = unanswered.questions.find((candidate) => candidate.id === id);
    expect(asked, `${id} is offered`).toMatchObject({ answer: null, audience: question.audience });
    expect(asked?.settles).toContain(spec.rule);
    expect(asked?.text.length).toBeGreaterThan(10);

    for (const [value, verdict] of Object.entries(spec.verdicts)) {
      const answered = diagnoseDemo({ ...spec.case, answers: { [id]: value } });
      expect(statusOf(answered, spec.rule, spec.entityId), `${id}=${value}`).toBe(verdict);
      if (spec.also) expect(statusOf(answered, spec.also.rule), `${id}=${value} on ${spec.also.rule}`).toBe(spec.also.verdicts[value]);
      expect(answered.questions.find((candidate) => candidate.id === id)?.answer).toBe(value);
    }
  });

  it("asks an admin to record a fact no question can settle", () => {
    const diagnosis = diagnoseDemo({
      tenant: "Contoso",
      person: "Jonas Weber",
      symptom: "cannotConnect",
      tweak: (s) => void (s.onPremisesConnections = s.onPremisesConnections.filter((connection) => !connection.displayName.toLowerCase().includes("berlin"))),
    });
    const record = diagnosis.questions.filter((question) => question.id.startsWith("record:"));
    expect(record.map((question) => question.settles[0]).sort()).toEqual(["JOIN-001", "JOIN-002", "SSO-004"]);
    for (const question of record) {
      expect(question.options).toEqual([]);
      expect(question.text).toContain("Azure network connection");
    }
  });

  it("refuses unknown questions and answers it does not offer", () => {
    expect(() => validateAnswers({ "client.b2bRegistryKeySet": "yes", "cloudPc.windowsRelease": "windows10" })).not.toThrow();
    expect(() => validateAnswers({ "client.nope": "yes" })).toThrow(/do not match/);
    expect(() => validateAnswers({ "user.homeCloud": "moon" })).toThrow(/do not match/);
  });
});
