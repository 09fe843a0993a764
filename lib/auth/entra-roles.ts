import type { Role } from "@/lib/validations/enums";

export interface EntraRoleMapping {
  /** App role values (the token's `roles` claim) or group object ids (the `groups` claim) per Sightline role. */
  admin: string[];
  helpdesk: string[];
  viewer: string[];
}

/**
 * The Sightline role of a Microsoft Entra ID sign-in: the highest role whose app role or group the token
 * carries; null (sign-in refused) when it carries none of them. Matching is case-insensitive.
 */
export function roleFromEntraClaims(claims: { roles?: unknown; groups?: unknown }, mapping: EntraRoleMapping): Role | null {
  const held = new Set(
    [claims.roles, claims.groups]
      .flatMap((v) => (Array.isArray(v) ? v : []))
      .filter((v): v is string => typeof v === "string")
      .map((v) => v.toLowerCase()),
  );
  for (const role of ["admin", "helpdesk", "viewer"] as const) {
    if (mapping[role].some((value) => held.has(value.toLowerCase()))) return role;
  }
  return null;
}

export function parseList(value: string | undefined, fallback: string[]): string[] {
  if (value === undefined) return fallback;
  return value.split(",").map((v) => v.trim()).filter(Boolean);
}
