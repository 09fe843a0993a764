import { describe, expect, it } from "vitest";
import { diagnosisCsvColumns, diagnosisCsvRows } from "./csv";
import { renderDiagnosisMarkdown } from "./markdown";
import { redactedName, redactedUpn, redactUser } from "./redact";
import { diagnoseDemo, type DemoCase } from "./test-fixtures";
import type { DiagnosisReport } from "./types";

function report(spec: DemoCase): DiagnosisReport {
  return {
    recordId: "rec-1",
    ranAt: "2025-11-20T09:30:00.000Z",
    ranBy: { name: "Hal Helpdesk", email: "hal@example.test" },
    tenant: { id: "t1", displayName: "Contoso", dataUpdatedAt: "2025-11-20T08:00:00.000Z" },
    diagnosis: diagnoseDemo(spec),
  };
}

const grace = () => report({ tenant: "Contoso", person: "Grace Taylor", symptom: "guestCannotSignIn" });

describe("the Markdown ticket", () => {
  it("leads with who, what and when, then the verdict and its fixes in order", () => {
    const text = renderDiagnosisMarkdown(grace());
    const user = grace().diagnosis.subject.user;
    expect(text).toContain(`## Sign-in diagnosis: ${user.displayName}`);
    expect(text).toContain("- **Symptom:** A guest (external) user cannot sign in");
    expect(text).toContain(user.userPrincipalName);
    expect(text).toContain("- **Diagnosed by:** Hal Helpdesk (hal@example.test), 2025-11-20 09:30 UTC");
    expect(text).toContain("- **Tenant data:** Contoso, updated 2025-11-20 08:00 UTC");
    expect(text).toContain("### Verdict: Blocked at remote session authentication: EXT-004 External identity's Cloud PC has no single sign-on");
    expect(text).toMatch(/#### Fix, in order\n\n1\. Turn on 'Use Microsoft Entra single sign-on'/);
    expect(text.indexOf("#### Fix, in order")).toBeLessThan(text.indexOf("#### Phase by phase"));
    expect(text).toContain("| Fail (root cause) | EXT-004 External identity's Cloud PC has no single sign-on");
    expect(text).toContain("**3. In-session authentication** (not reached while the root cause stands)");
  });

  it("lists the open questions and the answers assumed", () => {
    const open = renderDiagnosisMarkdown(report({ tenant: "Contoso", person: "Ingrid Svensson", symptom: "guestCannotSignIn" }));
    expect(open).toContain("### Verdict: No blocking cause found");
    expect(open).toMatch(/#### Questions still open\n\n- Ask the user: Is the B2B registry key \(EnableIdSignInUx\) set on LT-INGRID-\w+, the device running Windows App\? \(settles EXT-006\)/);
    const answered = renderDiagnosisMarkdown(report({ tenant: "Contoso", person: "Ingrid Svensson", symptom: "guestCannotSignIn", answers: { "client.b2bRegistryKeySet": "no" } }));
    expect(answered).toMatch(/#### Answers assumed\n\n- Is the B2B registry key .* \*\*No\*\*/);
    expect(answered).toContain("EXT-006 External identity uses Windows App on Windows without the B2B registry key");
  });

  it("keeps table cells whole when evidence holds a pipe or a line break", () => {
    const source = grace();
    source.diagnosis.phases[1].steps[0].evidence = [{ label: "Note", value: "a | b\nc" }];
    expect(renderDiagnosisMarkdown(source)).toContain("Note: a \\| b c");
  });

  it("with redaction, carries neither the user's name nor their UPN, and keeps the Cloud PC and device names", () => {
    const source = grace();
    const { user, cloudPc, client } = source.diagnosis.subject;
    const text = renderDiagnosisMarkdown(source, { redact: true });
    expect(text).toContain(redactedName);
    expect(text).toContain(redactedUpn);
    for (const secret of [user.displayName!, user.userPrincipalName, user.userPrincipalName.split("@")[0], user.mail ?? "x".repeat(20)]) {
      expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    expect(text).toContain(cloudPc!.displayName);
    expect(text).toContain(client!.deviceName!);
    expect(text).toContain("Hal Helpdesk");
  });
});

describe("redaction", () => {
  it("replaces the user's names at any depth, case-insensitively, and leaves the original alone", () => {
    const source = grace();
    const subject = source.diagnosis.subject;
    const nested = { a: [`Hello ${subject.user.userPrincipalName.toUpperCase()}`], b: { c: `by ${subject.user.displayName}` }, n: 3, z: null };
    expect(redactUser(nested, subject)).toEqual({ a: [`Hello ${redactedUpn}`], b: { c: `by ${redactedName}` }, n: 3, z: null });
    expect(nested.b.c).toContain(subject.user.displayName!);
  });
});

describe("the CSV ticket", () => {
  it("has one row per step, in walk order, each with the diagnosis's who, when and verdict", () => {
    const source = grace();
    const rows = diagnosisCsvRows(source);
    const steps = source.diagnosis.phases.flatMap((phase) => phase.steps);
    expect(rows.map((row) => row.step.ruleId)).toEqual(steps.map((step) => step.ruleId));
    const headers = diagnosisCsvColumns.map((column) => column.header);
    const value = (row: (typeof rows)[number], header: string) => diagnosisCsvColumns[headers.indexOf(header)].value(row);
    const root = rows.find((row) => row.step.ruleId === "EXT-004")!;
    expect(value(root, "Role")).toBe("Root cause");
    expect(value(root, "Diagnosed by")).toBe("hal@example.test");
    expect(value(root, "Tenant data updated (UTC)")).toBe("2025-11-20 08:00 UTC");
    expect(value(root, "Verdict")).toContain("EXT-004");
    expect(String(value(root, "Fix"))).toMatch(/^1\. Turn on/);
  });

  it("asks its questions in the rows of the unknown steps, and redacts like the Markdown", () => {
    const source = report({ tenant: "Contoso", person: "Ingrid Svensson", symptom: "guestCannotSignIn" });
    const rows = diagnosisCsvRows(source, { redact: true });
    const questionColumn = diagnosisCsvColumns.find((column) => column.header === "Question to ask")!;
    const b2b = rows.find((row) => row.step.ruleId === "EXT-006")!;
    expect(questionColumn.value(b2b)).toMatch(/^Ask the user: Is the B2B registry key/);
    const everything = JSON.stringify(rows.map((row) => diagnosisCsvColumns.map((column) => column.value(row))));
    expect(everything).not.toContain(source.diagnosis.subject.user.userPrincipalName);
    expect(everything).not.toContain(source.diagnosis.subject.user.displayName!);
  });
});
