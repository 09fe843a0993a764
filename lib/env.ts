import { z } from "zod";

/**
 * All configuration, validated once. Nothing else reads process.env.
 * In production the app refuses to start without a real secret.
 */
const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .default("file:./data/sightline.db")
      .refine((v) => v.startsWith("file:") || v.startsWith("postgres"), "DATABASE_URL must be a file: (SQLite) or postgresql:// URL"),
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
    NEXTAUTH_URL: z.string().url().optional(),
    SIGHTLINE_ADMIN_EMAIL: z.string().email().optional(),
    SIGHTLINE_ADMIN_PASSWORD: z.string().min(12, "SIGHTLINE_ADMIN_PASSWORD must be at least 12 characters").optional(),
    SIGHTLINE_DEMO: z.enum(["0", "1"]).default("0"),
    SIGHTLINE_LOCAL_ACCOUNTS: z.enum(["0", "1"]).default("1"),
    SIGHTLINE_ENTRA_TENANT_ID: z.string().min(1).optional(),
    SIGHTLINE_ENTRA_CLIENT_ID: z.string().min(1).optional(),
    SIGHTLINE_ENTRA_CLIENT_SECRET: z.string().min(1).optional(),
    SIGHTLINE_ENTRA_ADMIN: z.string().optional(),
    SIGHTLINE_ENTRA_HELPDESK: z.string().optional(),
    SIGHTLINE_ENTRA_VIEWER: z.string().optional(),
    SIGHTLINE_SESSION_MAX_AGE_SECONDS: z.coerce.number().int().min(300).max(7 * 24 * 3600).default(8 * 3600),
  })
  .superRefine((env, ctx) => {
    const entra = [env.SIGHTLINE_ENTRA_TENANT_ID, env.SIGHTLINE_ENTRA_CLIENT_ID, env.SIGHTLINE_ENTRA_CLIENT_SECRET];
    if (entra.some(Boolean) && !entra.every(Boolean)) {
      ctx.addIssue({ code: "custom", path: ["SIGHTLINE_ENTRA_CLIENT_ID"], message: "Entra ID sign-in needs SIGHTLINE_ENTRA_TENANT_ID, SIGHTLINE_ENTRA_CLIENT_ID and SIGHTLINE_ENTRA_CLIENT_SECRET together" });
    }
    if (env.SIGHTLINE_LOCAL_ACCOUNTS === "0" && !entra.every(Boolean)) {
      ctx.addIssue({ code: "custom", path: ["SIGHTLINE_LOCAL_ACCOUNTS"], message: "Local accounts can be turned off only when Entra ID sign-in is configured" });
    }
    // `next build` loads server modules with NODE_ENV=production; the secret is needed when serving, not building.
    const building = process.env.NEXT_PHASE === "phase-production-build";
    if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET && env.SIGHTLINE_DEMO !== "1" && !building) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "NEXTAUTH_SECRET is required in production" });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

/** Used only by the demo and tests: a fixed secret so demo sessions survive restarts. Never in production use. */
const DEMO_SECRET = "sightline-demo-secret-not-for-production-use-0001";

function load(): Env & { secret: string } {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Sightline configuration is invalid:\n${lines}`);
  }
  return { ...parsed.data, secret: parsed.data.NEXTAUTH_SECRET ?? DEMO_SECRET };
}

export const env = load();
