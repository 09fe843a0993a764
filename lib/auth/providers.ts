import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import AzureADProvider from "next-auth/providers/azure-ad";
import { z } from "zod";
import { env } from "@/lib/env";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import { parseList, roleFromEntraClaims } from "./entra-roles";

const Credentials = z.object({ email: z.string().email().max(320), password: z.string().min(1).max(200) });

export const entraSignInEnabled = Boolean(env.SIGHTLINE_ENTRA_TENANT_ID && env.SIGHTLINE_ENTRA_CLIENT_ID && env.SIGHTLINE_ENTRA_CLIENT_SECRET);
export const localSignInEnabled = env.SIGHTLINE_LOCAL_ACCOUNTS === "1";

export const entraRoleMapping = {
  admin: parseList(env.SIGHTLINE_ENTRA_ADMIN, ["Sightline.Admin"]),
  helpdesk: parseList(env.SIGHTLINE_ENTRA_HELPDESK, ["Sightline.Helpdesk"]),
  viewer: parseList(env.SIGHTLINE_ENTRA_VIEWER, ["Sightline.Viewer"]),
};

/** The sign-in methods this deployment offers: local accounts unless turned off, Entra ID when configured. */
export function signInProviders(): Provider[] {
  const providers: Provider[] = [];
  if (localSignInEnabled) {
    providers.push(
      CredentialsProvider({
        id: "credentials",
        name: "Sightline account",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw) {
          const parsed = Credentials.safeParse(raw);
          if (!parsed.success) return null;
          const account = await signInWithPassword(parsed.data.email, parsed.data.password);
          return account ? { id: account.id, email: account.email, name: account.name, role: account.role } : null;
        },
      }),
    );
  }
  if (entraSignInEnabled) {
    providers.push(
      AzureADProvider({
        clientId: env.SIGHTLINE_ENTRA_CLIENT_ID!,
        clientSecret: env.SIGHTLINE_ENTRA_CLIENT_SECRET!,
        tenantId: env.SIGHTLINE_ENTRA_TENANT_ID!,
        // The role comes from the token's app roles or groups; no profile photo is fetched from Graph.
        profile(profile) {
          const email = typeof profile.email === "string" ? profile.email : (profile.preferred_username as string | undefined);
          return {
            id: String(profile.oid ?? profile.sub),
            name: String(profile.name ?? email ?? "Entra ID user"),
            email: email ?? null,
            role: roleFromEntraClaims(profile, entraRoleMapping) ?? undefined,
          };
        },
      }),
    );
  }
  return providers;
}
