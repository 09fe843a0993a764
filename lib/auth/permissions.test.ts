import { describe, it, expect } from "vitest";
import { can, permissions } from "./permissions";
import { roles } from "@/lib/validations/enums";

describe("role permissions", () => {
  it("gives admins every permission", () => {
    for (const p of Object.keys(permissions) as (keyof typeof permissions)[]) expect(can("admin", p)).toBe(true);
  });
  it("lets help desk run evaluations and diagnoses and export, but not edit, import, triage or manage accounts", () => {
    expect(can("helpdesk", "evaluation:run")).toBe(true);
    expect(can("helpdesk", "diagnosis:run")).toBe(true);
    expect(can("helpdesk", "export")).toBe(true);
    for (const p of ["tenant:edit", "import", "findings:triage", "accounts:manage", "audit:read"] as const) expect(can("helpdesk", p)).toBe(false);
  });
  it("lets viewers only read and export", () => {
    const allowed = (Object.keys(permissions) as (keyof typeof permissions)[]).filter((p) => can("viewer", p));
    expect(allowed.sort()).toEqual(["export", "tenant:read"]);
  });
  it("refuses everything without a role", () => {
    expect(can(null, "tenant:read")).toBe(false);
    expect(roles.length).toBe(3);
  });
});
