import type { Role } from "@/lib/validations/enums";

/**
 * What each role may do. docs/SECURITY.md states the same table, and the authorization tests check
 * every action and route against it.
 */
export const permissions = {
  "tenant:read": ["admin", "helpdesk", "viewer"],
  export: ["admin", "helpdesk", "viewer"],
  "evaluation:run": ["admin", "helpdesk"],
  "diagnosis:run": ["admin", "helpdesk"],
  "tenant:edit": ["admin"],
  "findings:triage": ["admin"],
  import: ["admin"],
  "accounts:manage": ["admin"],
  "audit:read": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (permissions[permission] as readonly Role[]).includes(role);
}
