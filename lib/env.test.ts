import { describe, it, expect, vi, afterEach } from "vitest";

async function loadWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  const saved = { ...process.env };
  Object.assign(process.env, vars);
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  try {
    return await import("./env");
  } finally {
    process.env = saved;
  }
}

describe("configuration", () => {
  afterEach(() => vi.resetModules());

  it("refuses to start in production without a secret", async () => {
    await expect(loadWith({ NODE_ENV: "production", NEXTAUTH_SECRET: undefined, SIGHTLINE_DEMO: "0" })).rejects.toThrow(/NEXTAUTH_SECRET is required/);
  });
  it("refuses a short secret and a malformed database URL, naming each", async () => {
    await expect(loadWith({ NEXTAUTH_SECRET: "short" })).rejects.toThrow(/NEXTAUTH_SECRET/);
    await expect(loadWith({ DATABASE_URL: "mysql://x" })).rejects.toThrow(/DATABASE_URL/);
  });
  it("accepts a production configuration with a secret", async () => {
    const { env } = await loadWith({ NODE_ENV: "production", NEXTAUTH_SECRET: "a".repeat(40), SIGHTLINE_DEMO: "0" });
    expect(env.secret).toBe("a".repeat(40));
  });
});
