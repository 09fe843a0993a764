import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { demoAccounts, ensureDemoAccounts } from "@/lib/accounts/ensure-accounts";
import { hashPassword, verifyPassword } from "@/lib/accounts/passwords";
import { db } from "@/lib/db";
import { databaseState, rowCounts } from "@/lib/tenant-data/testing/database-checksum";

const run = promisify(execFile);
const root = path.resolve(__dirname, "..");
const firstAdmin = { email: "owner@example.com", password: "correct-horse-battery" };

/** Runs the seed script the way scripts/start.sh does, against this test file's database. */
async function seed(extraEnv: Record<string, string>): Promise<string> {
  const { stdout } = await run(path.join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, SIGHTLINE_ADMIN_EMAIL: firstAdmin.email, SIGHTLINE_ADMIN_PASSWORD: firstAdmin.password, ...extraEnv },
  });
  return stdout;
}

async function passwordWorks(email: string, password: string): Promise<boolean> {
  const account = await db.account.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } });
  return account.passwordHash !== null && verifyPassword(password, account.passwordHash);
}

describe("prisma/seed.ts", () => {
  it("outside demo mode creates only the first admin from the environment", { timeout: 120_000 }, async () => {
    await seed({ SIGHTLINE_DEMO: "0", npm_lifecycle_event: "" });
    const accounts = await db.account.findMany({ select: { email: true, role: true } });
    expect(accounts).toEqual([{ email: firstAdmin.email, role: "admin" }]);
    expect(await db.tenant.count()).toBe(0);
  });

  it("seeds the demo accounts and tenants, and a second run changes no row", { timeout: 120_000 }, async () => {
    await seed({ SIGHTLINE_DEMO: "1" });
    const counts = await rowCounts();
    const state = await databaseState({ except: ["AuditEvent"] });
    const saves = await db.auditEvent.count({ where: { action: "tenant.snapshotSaved" } });
    expect(counts.Tenant).toBe(2);
    expect(counts.Account).toBe(demoAccounts.length + 1);
    expect(counts.CloudPc).toBeGreaterThan(0);

    const output = await seed({ SIGHTLINE_DEMO: "1" });
    expect(output).toContain("Demo accounts already exist.");
    expect(output).toMatch(/Contoso: already up to date/);
    // Each run records that it saved the demo tenants (one audit event per tenant); nothing else changes.
    expect(await rowCounts()).toEqual({ ...counts, AuditEvent: counts.AuditEvent + 2 });
    expect(await db.auditEvent.count({ where: { action: "tenant.snapshotSaved" } })).toBe(saves + 2);
    expect(await databaseState({ except: ["AuditEvent"] })).toEqual(state);

    for (const account of demoAccounts) {
      expect(await passwordWorks(account.email, account.password)).toBe(true);
      expect(await db.account.findUniqueOrThrow({ where: { email: account.email }, select: { role: true } })).toEqual({ role: account.role });
    }
    expect(await passwordWorks(firstAdmin.email, firstAdmin.password)).toBe(true);
  });

  it("never resets a password that was changed after the seed", async () => {
    await ensureDemoAccounts();
    const [admin] = demoAccounts;
    await db.account.update({ where: { email: admin.email }, data: { passwordHash: await hashPassword("a-new-admin-password") } });

    expect(await ensureDemoAccounts()).toEqual([]);
    expect(await passwordWorks(admin.email, "a-new-admin-password")).toBe(true);
    expect(await passwordWorks(admin.email, admin.password)).toBe(false);
  });
});
