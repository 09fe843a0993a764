import { describe, expect, it } from "vitest";
import { ruleCatalog, type RuleId } from "@/lib/rules";
import { cloudPcAppIds } from "@/lib/validations/enums";
import type { TenantSnapshot } from "@/lib/validations/snapshot";
import { DomainError } from "@/lib/errors";
import { demoNow } from "@/prisma/factories/clock";
import { diagnose } from "./diagnose";
import { sliceSnapshot } from "./slice";
import { demoSnapshot, diagnoseDemo, findPerson, type DemoCase } from "./test-fixtures";

const blockingIds = (diagnosis: ReturnType<typeof diagnoseDemo>) => diagnosis.furtherProblems.filter((step) => step.blocking).map((step) => step.ruleId);

/** Gives the network connection of a person's Cloud PC a failed Kerberos server object check. */
function failKerberosCheckOf(person: string) {
  return (snapshot: TenantSnapshot) => {
    const cloudPc = findPerson(snapshot, person).cloudPcs[0];
    const policy = snapshot.provisioningPolicies.find((candidate) => candidate.id === cloudPc.provisioningPolicyId);
    const connection = snapshot.onPremisesConnections.find((candidate) => candidate.id === policy?.domainJoinConfigurations?.[0]?.onPremisesConnectionId);
    connection!.healthCheckStatusDetail!.healthChecks!.push({ displayName: "Single sign-on check", status: "failed", errorType: "ssoCheckKerberosConfigurationError" });
  };
}

/** Turns on Entra authentication for RDP on Windows Cloud Login, which Fabrikam left off for everyone (SSO-002). */
function enableRdpAuthenticationEverywhere(snapshot: TenantSnapshot) {
  const cloudLogin = snapshot.remoteDesktopSecurityConfigurations.find((configuration) => configuration.servicePrincipalAppId === cloudPcAppIds.windowsCloudLogin);
  cloudLogin!.isRemoteDesktopProtocolEnabled = true;
}

interface StallCase extends DemoCase {
  /** Rules that read the very same fact through a more general lens, and so fail with the root cause. */
  sameFact?: RuleId[];
  /** Why the demo person alone is not enough, when the case changes the snapshot. */
  why?: string;
}

/**
 * One demo person stuck by each rule that stalls sign-in. Where no demo person is stuck by that cause
 * alone, the case makes the smallest change to the demo snapshot that isolates it, and says why.
 */
const stallCases: Record<string, StallCase> = {
  "JOIN-003": { tenant: "Contoso", person: "Carlos Slattery", symptom: "credentialPrompt" },
  "JOIN-005": { tenant: "Contoso", person: "Alex Wilber", clientDevice: "HOME-PC", symptom: "credentialPrompt" },
  "EXT-001": { tenant: "Contoso", person: "Lena Fischer", symptom: "guestCannotSignIn", sameFact: ["JOIN-003"] },
  "EXT-004": { tenant: "Contoso", person: "Grace Taylor", symptom: "guestCannotSignIn", sameFact: ["SSO-001"] },
  "EXT-005": { tenant: "Contoso", person: "Daniel Okafor", clientApp: "windowsAppMac", symptom: "guestCannotSignIn" },
  "EXT-006": { tenant: "Contoso", person: "Sofia Marin", symptom: "guestCannotSignIn" },
  "FED-001": { tenant: "Contoso", person: "Wendy Park", symptom: "credentialPrompt" },
  "FED-002": { tenant: "Contoso", person: "Rosa Alvarez", symptom: "credentialPrompt", sameFact: ["SSO-001"] },
  "SSO-001": { tenant: "Contoso", person: "Bianca Pisani", symptom: "passwordEveryConnection" },
  "SSO-002": { tenant: "Fabrikam", person: "Sam Patel", symptom: "passwordEveryConnection" },
  "SSO-004": {
    tenant: "Contoso",
    person: "Adele Vance",
    symptom: "passwordEveryConnection",
    tweak: failKerberosCheckOf("Adele Vance"),
    why: "Jonas Weber's Berlin connection also lost its subscription and its line of sight to a DC; Adele's healthy Finance connection gets only a failed Kerberos check.",
  },
  "AUTH-004": {
    tenant: "Fabrikam",
    person: "Luis Moreno",
    symptom: "credentialPrompt",
    tweak: enableRdpAuthenticationEverywhere,
    why: "Everyone in Fabrikam is also stuck on SSO-002 (Entra authentication for RDP off on Windows Cloud Login); turning it on leaves the missing certificate-based authentication alone.",
  },
  "AUTH-006": { tenant: "Contoso", person: "Allan Deyoung", symptom: "cannotConnect" },
};

describe("the root cause of a stalled sign-in", () => {
  it("has a case for every rule of the catalog that stalls sign-in", () => {
    const stalling = ruleCatalog.filter((rule) => rule.stalls).map((rule) => rule.id).sort();
    expect(Object.keys(stallCases).sort()).toEqual(stalling);
  });

  it.each(Object.entries(stallCases))("%s: a person stuck by exactly that cause gets it as the root cause", (ruleId, spec) => {
    const diagnosis = diagnoseDemo(spec);
    expect(diagnosis.verdict).toBe("blocked");
    expect(diagnosis.rootCause?.ruleId).toBe(ruleId);
    expect(diagnosis.rootCause?.status).toBe("fail");
    expect(diagnosis.rootCause?.remediation.length).toBeGreaterThan(0);
    expect(diagnosis.rootCause?.evidence.length).toBeGreaterThan(0);

    // "Cannot connect at all" checks every step, so the same cause must come first there too, alone
    // but for the rules that read the same fact.
    const broad = diagnoseDemo({ ...spec, symptom: "cannotConnect" });
    expect(broad.rootCause?.ruleId).toBe(ruleId);
    expect(blockingIds(broad).sort()).toEqual([...(spec.sameFact ?? [])].sort());
  });

  it("finds the same root causes without the isolating changes, where the demo person has more than one problem", () => {
    expect(diagnoseDemo({ tenant: "Fabrikam", person: "Luis Moreno", symptom: "credentialPrompt" }).rootCause?.ruleId).toBe("AUTH-004");
    const jonas = diagnoseDemo({ tenant: "Contoso", person: "Jonas Weber", symptom: "passwordEveryConnection" });
    expect(jonas.rootCause?.ruleId).toBe("SSO-004");
  });
});

describe("a person with no blocking cause", () => {
  it("gets “no blocking cause found” with the remaining unknowns as questions", () => {
    const diagnosis = diagnoseDemo({ tenant: "Contoso", person: "Ingrid Svensson", symptom: "guestCannotSignIn" });
    expect(diagnosis.verdict).toBe("clear");
    expect(diagnosis.rootCause).toBeNull();
    const unknownRules = diagnosis.phases.flatMap((phase) => phase.steps).filter((step) => step.status === "unknown").map((step) => step.ruleId);
    expect(unknownRules.sort()).toEqual(["EXT-002", "EXT-003", "EXT-006", "EXT-009", "EXT-011"]);
    expect(diagnosis.questions.map((question) => question.id).sort()).toEqual(
      ["client.b2bRegistryKeySet", "cloudPc.septemberUpdate", "cloudPc.windowsRelease", "user.homeCloud", "user.requiresOnPremisesKerberos"].sort(),
    );
    // Every unknown is settled by some question, and every question offers answers.
    for (const ruleId of unknownRules) expect(diagnosis.questions.some((question) => question.settles.includes(ruleId))).toBe(true);
    for (const question of diagnosis.questions) expect(question.options.length).toBeGreaterThan(0);
  });

  it("a healthy guest passes every step and leaves nothing to ask", () => {
    const diagnosis = diagnoseDemo({ tenant: "Contoso", person: "Omar Haddad", symptom: "guestCannotSignIn" });
    expect(diagnosis.verdict).toBe("clear");
    expect(diagnosis.counts).toMatchObject({ fail: 0, unknown: 0, blocking: 0 });
    expect(diagnosis.counts.pass).toBeGreaterThan(5);
    expect(diagnosis.questions).toEqual([]);
  });

  it("a person without a Cloud PC is told so", () => {
    const diagnosis = diagnoseDemo({ tenant: "Contoso", person: "Sara Davis", symptom: "cannotConnect" });
    expect(diagnosis.verdict).toBe("noCloudPc");
    expect(diagnosis.subject.cloudPc).toBeNull();
  });
});

describe("what if: answers and another client", () => {
  it("an answer to a question changes the verdict", () => {
    const base = { tenant: "Contoso", person: "Ingrid Svensson", symptom: "guestCannotSignIn" } as const;
    const missingKey = diagnoseDemo({ ...base, answers: { "client.b2bRegistryKeySet": "no" } });
    expect(missingKey.rootCause?.ruleId).toBe("EXT-006");
    expect(missingKey.questions.find((question) => question.id === "client.b2bRegistryKeySet")?.answer).toBe("no");

    const keySet = diagnoseDemo({ ...base, answers: { "client.b2bRegistryKeySet": "yes" } });
    expect(keySet.verdict).toBe("clear");
    const step = keySet.phases.flatMap((phase) => phase.steps).find((candidate) => candidate.ruleId === "EXT-006");
    expect(step?.status).toBe("pass");
  });

  it("another client picked on the spot is judged by the same rules, its unknown facts asked for", () => {
    const onWindows = diagnoseDemo({ tenant: "Contoso", person: "Sofia Marin", symptom: "guestCannotSignIn" });
    expect(onWindows.rootCause?.ruleId).toBe("EXT-006");

    const inBrowser = diagnoseDemo({ tenant: "Contoso", person: "Sofia Marin", symptom: "guestCannotSignIn", onTheSpot: "windowsAppWeb" });
    expect(inBrowser.rootCause).toBeNull();
    expect(inBrowser.subject.client).toMatchObject({ app: "windowsAppWeb", onTheSpot: true });
    expect(inBrowser.questions.map((question) => question.id)).toContain("client.canReachRequiredUrls");

    const blocked = diagnoseDemo({ tenant: "Contoso", person: "Sofia Marin", symptom: "guestCannotSignIn", onTheSpot: "windowsAppWeb", answers: { "client.canReachRequiredUrls": "no" } });
    expect(blocked.rootCause?.ruleId).toBe("AUTH-006");
    const open = diagnoseDemo({ tenant: "Contoso", person: "Sofia Marin", symptom: "guestCannotSignIn", onTheSpot: "windowsAppWeb", answers: { "client.canReachRequiredUrls": "yes" } });
    expect(open.verdict).toBe("clear");
    expect(open.questions.filter((question) => question.answer === null)).toEqual([]);

    const onIpad = diagnoseDemo({ tenant: "Contoso", person: "Sofia Marin", symptom: "guestCannotSignIn", onTheSpot: "windowsAppIos" });
    expect(onIpad.rootCause?.ruleId).toBe("EXT-005");
  });

  it("leaves the slice it was given untouched", () => {
    const snapshot = demoSnapshot("Contoso");
    const { user, cloudPcs, clients } = findPerson(snapshot, "Ingrid Svensson");
    const slice = sliceSnapshot(snapshot, { userId: user.id, cloudPcId: cloudPcs[0].id, clientId: clients[0].id });
    const before = structuredClone(slice);
    diagnose(slice, {
      userId: user.id,
      symptom: "guestCannotSignIn",
      client: { kind: "recorded", id: clients[0].id },
      answers: { "client.b2bRegistryKeySet": "yes", "user.homeCloud": "commercial", "cloudPc.windowsRelease": "windows11Enterprise24H2" },
      now: demoNow,
    });
    expect(slice).toEqual(before);
  });

  it("leaves out answers about something the diagnosis does not hold, and refuses answers it never asks", () => {
    const noClient = diagnoseDemo({ tenant: "Contoso", person: "Sara Davis", symptom: "cannotConnect", onTheSpot: undefined, answers: { "cloudPc.ssoApplied": "yes" } });
    expect(noClient.skippedAnswers).toEqual(["cloudPc.ssoApplied"]);
    expect(() => diagnoseDemo({ tenant: "Contoso", person: "Omar Haddad", symptom: "cannotConnect", answers: { "client.favouriteColour": "blue" } })).toThrow(DomainError);
    expect(() => diagnoseDemo({ tenant: "Contoso", person: "Omar Haddad", symptom: "cannotConnect", answers: { "client.b2bRegistryKeySet": "maybe" } })).toThrow(DomainError);
  });
});

describe("the walk", () => {
  it("names the first blocking step in phase order and marks the phases after it", () => {
    const diagnosis = diagnoseDemo({ tenant: "Contoso", person: "Jonas Weber", symptom: "cannotConnect" });
    expect(diagnosis.rootCause?.ruleId).toBe("JOIN-001");
    expect(diagnosis.rootCause?.phase).toBe("cloudService");
    expect(blockingIds(diagnosis)).toEqual(["JOIN-002", "SSO-004"]);
    expect(diagnosis.phases.map((phase) => [phase.phase, phase.status, phase.afterRootCause])).toEqual([
      ["cloudService", "fail", false],
      ["remoteSession", "fail", true],
      ["inSession", "none", true],
    ]);
  });

  it("walks each phase's steps by relevance to the symptom, then in sign-in order", () => {
    const diagnosis = diagnoseDemo({ tenant: "Contoso", person: "Grace Taylor", symptom: "guestCannotSignIn" });
    const remote = diagnosis.phases.find((phase) => phase.phase === "remoteSession")!;
    expect(remote.steps.map((step) => `${step.ruleId}:${step.relevance}`)).toEqual([
      "EXT-001:cause",
      "EXT-002:cause",
      "EXT-003:cause",
      "EXT-004:cause",
      "SSO-001:other",
    ]);
  });

  it("shows only the in-session checks for an in-session symptom, worst first", () => {
    const ipad = diagnoseDemo({ tenant: "Contoso", person: "Pradeep Gupta", clientApp: "windowsAppIos", symptom: "smartCardInSession" });
    expect(ipad.rootCause?.ruleId).toBe("INS-003");
    expect(blockingIds(ipad)).toEqual(["INS-005"]);
    const mac = diagnoseDemo({ tenant: "Contoso", person: "Pradeep Gupta", clientApp: "windowsAppMac", symptom: "smartCardInSession" });
    expect(blockingIds(mac)).toEqual([]);
    const joni = diagnoseDemo({ tenant: "Contoso", person: "Joni Sherman", clientApp: "windowsAppMac", symptom: "webAuthnInSession" });
    expect([joni.rootCause?.ruleId, ...blockingIds(joni)]).toEqual(["INS-001", "INS-002"]);
  });

  it("answers a consent prompt with the missing target device group, only where SSO is on", () => {
    expect(diagnoseDemo({ tenant: "Contoso", person: "Megan Bowen", symptom: "consentPrompt" }).rootCause?.ruleId).toBe("SSO-003");
    const noSso = diagnoseDemo({ tenant: "Contoso", person: "Bianca Pisani", symptom: "consentPrompt" });
    expect(noSso.rootCause).toBeNull();
  });

  it("leaves tenant-wide posture findings to the findings pages", () => {
    for (const symptom of ["cannotConnect", "credentialPrompt", "passwordEveryConnection"] as const) {
      const diagnosis = diagnoseDemo({ tenant: "Fabrikam", person: "Sam Patel", symptom });
      const ids = diagnosis.phases.flatMap((phase) => phase.steps).map((step) => step.ruleId);
      expect(ids).not.toContain("AUTH-001");
      expect(ids).not.toContain("AUTH-003");
    }
  });
});
