import { describe, it, expect, beforeAll } from "vitest";
import { db } from "@/lib/db";
import { hashPassword, PasswordPolicy } from "./passwords";
import { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS, signInWithPassword } from "./sign-in";

describe("local sign-in", () => {
  beforeAll(async () => {
    await db.account.create({ data: { email: "dana@sightline.test", name: "Dana", role: "helpdesk", passwordHash: await hashPassword("correct horse battery") } });
  });

  it("signs in with the right password, case-insensitively on the email, and audits it", async () => {
    const account = await signInWithPassword("Dana@Sightline.test", "correct horse battery");
    expect(account).toMatchObject({ email: "dana@sightline.test", role: "helpdesk" });
    expect(await db.auditEvent.count({ where: { action: "signIn.succeeded", actorEmail: "dana@sightline.test" } })).toBe(1);
  });

  it("locks the account after five failures, refuses even the right password while locked, and lets it in after", async () => {
    const t0 = new Date("2030-01-01T10:00:00Z");
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) expect(await signInWithPassword("dana@sightline.test", `wrong-${i}`, t0)).toBeNull();
    const locked = await db.account.findUniqueOrThrow({ where: { email: "dana@sightline.test" } });
    expect(locked.lockedUntil?.getTime()).toBe(t0.getTime() + LOCKOUT_MINUTES * 60_000);
    expect(await signInWithPassword("dana@sightline.test", "correct horse battery", new Date(t0.getTime() + 60_000))).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "signIn.failed", summary: { contains: "locked" } } })).toBeGreaterThanOrEqual(2);
    const later = new Date(t0.getTime() + (LOCKOUT_MINUTES + 1) * 60_000);
    expect(await signInWithPassword("dana@sightline.test", "correct horse battery", later)).not.toBeNull();
  });

  it("refuses an unknown or disabled account without saying which", async () => {
    expect(await signInWithPassword("nobody@sightline.test", "whatever")).toBeNull();
    await db.account.update({ where: { email: "dana@sightline.test" }, data: { disabled: true } });
    expect(await signInWithPassword("dana@sightline.test", "correct horse battery")).toBeNull();
  });

  it("holds local passwords to the policy", () => {
    expect(PasswordPolicy.safeParse("short").success).toBe(false);
    expect(PasswordPolicy.safeParse("aaaaaaaaaaaaaaaa").success).toBe(false);
    expect(PasswordPolicy.safeParse("Sightline-admin-1").success).toBe(true);
  });
});
