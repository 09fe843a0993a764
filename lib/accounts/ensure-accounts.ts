import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { prismaErrorCode } from "@/lib/errors";
import { env } from "@/lib/env";
import type { Role } from "@/lib/validations/enums";
import { hashPassword, PasswordPolicy } from "./passwords";

// No `import "server-only"`: the seed script (tsx) and the tests import this module, and "server-only"
// throws outside a React Server Components build unless tsx runs with --conditions react-server.

export interface AccountSeed {
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** The demo's sign-ins, one per role (listed in the README). Created only in demo mode or by `npm run db:seed`. */
export const demoAccounts: readonly AccountSeed[] = [
  { email: "admin@sightline.test", name: "Demo admin", role: "admin", password: "Sightline-admin-1" },
  { email: "helpdesk@sightline.test", name: "Demo help desk", role: "helpdesk", password: "Sightline-helpdesk-1" },
  { email: "viewer@sightline.test", name: "Demo viewer", role: "viewer", password: "Sightline-viewer-1" },
];

/**
 * Creates the account when no account has that email. An existing account is never touched: its
 * password may have been changed since, and a seed must not reset it.
 */
export async function ensureAccount(seed: AccountSeed): Promise<"created" | "exists"> {
  const email = seed.email.trim().toLowerCase();
  const existing = await db.account.findUnique({ where: { email }, select: { id: true } });
  if (existing) return "exists";

  const policy = PasswordPolicy.safeParse(seed.password);
  if (!policy.success) throw new Error(`The password for ${email} does not meet the password policy: ${policy.error.issues[0]?.message}`);
  const passwordHash = await hashPassword(seed.password);
  try {
    const account = await db.account.create({ data: { email, name: seed.name, role: seed.role, passwordHash }, select: { id: true } });
    await recordAudit({ actor: null, action: "account.created", summary: `Account ${email} (${seed.role}) created by the seed`, entityType: "account", entityId: account.id });
    return "created";
  } catch (error) {
    // Another process (a second app instance starting) created it in the meantime: that is fine.
    if (prismaErrorCode(error) === "P2002") return "exists";
    throw error;
  }
}

/** The three demo accounts; returns the emails it created. */
export async function ensureDemoAccounts(): Promise<string[]> {
  const created: string[] = [];
  for (const account of demoAccounts) if ((await ensureAccount(account)) === "created") created.push(account.email);
  return created;
}

/** The first admin from SIGHTLINE_ADMIN_EMAIL / SIGHTLINE_ADMIN_PASSWORD, when both are set. */
export async function ensureFirstAdmin(): Promise<"created" | "exists" | "not configured"> {
  if (!env.SIGHTLINE_ADMIN_EMAIL || !env.SIGHTLINE_ADMIN_PASSWORD) return "not configured";
  return ensureAccount({ email: env.SIGHTLINE_ADMIN_EMAIL, name: "Administrator", role: "admin", password: env.SIGHTLINE_ADMIN_PASSWORD });
}
