import { db } from "@/lib/db";
import { Role } from "@/lib/validations/enums";
import { verifyPassword } from "./passwords";
import { recordAudit } from "@/lib/audit/record";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

export interface SignedInAccount {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * Checks a local account's credentials. Failures count against the account in the database (so every
 * app instance sees them); five in a row lock it for fifteen minutes. Every attempt is audited.
 */
export async function signInWithPassword(emailInput: string, password: string, now = new Date()): Promise<SignedInAccount | null> {
  const email = emailInput.trim().toLowerCase();
  const account = await db.account.findUnique({ where: { email } });
  const fail = async (why: string) => {
    await recordAudit({ actor: { email }, action: "signIn.failed", summary: `Sign-in refused: ${why}` });
    return null;
  };
  if (!account || account.disabled || !account.passwordHash) {
    return fail(account?.disabled ? "account disabled" : "unknown account");
  }
  if (account.lockedUntil && account.lockedUntil > now) return fail("account locked after repeated failures");

  const ok = await verifyPassword(password, account.passwordHash);
  if (!ok) {
    // Counted in the database (an atomic increment), so failures through several app instances add up.
    const { failedSignIns } = await db.account.update({ where: { id: account.id }, data: { failedSignIns: { increment: 1 } }, select: { failedSignIns: true } });
    const lockedUntil = failedSignIns >= MAX_FAILED_SIGN_INS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
    if (lockedUntil) await db.account.update({ where: { id: account.id }, data: { failedSignIns: 0, lockedUntil } });
    return fail(lockedUntil ? "wrong password; account locked" : "wrong password");
  }
  await db.account.update({ where: { id: account.id }, data: { failedSignIns: 0, lockedUntil: null, lastSignInAt: now } });
  const role = Role.parse(account.role);
  await recordAudit({ actor: { id: account.id, email, role }, action: "signIn.succeeded", summary: "Signed in" });
  return { id: account.id, email: account.email, name: account.name, role };
}
