import type { NextAuthOptions } from "next-auth";
import { env } from "@/lib/env";
import { signInProviders } from "./providers";
import { Role } from "@/lib/validations/enums";
import { recordAudit } from "@/lib/audit/record";

export const authOptions: NextAuthOptions = {
  secret: env.secret,
  session: { strategy: "jwt", maxAge: env.SIGHTLINE_SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: signInProviders(),
  events: {
    async signOut({ token }) {
      await recordAudit({ actor: { id: token?.sub, email: token?.email ?? undefined, role: token?.role }, action: "signOut", summary: "Signed out" });
    },
  },
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "azure-ad") return true;
      // An Entra ID sign-in without a mapped app role or group gets no role, and so no session.
      const role = "role" in user ? user.role : undefined;
      await recordAudit({
        actor: { id: user.id, email: user.email ?? undefined, role },
        action: role ? "signIn.succeeded" : "signIn.failed",
        summary: role ? "Signed in with Microsoft Entra ID" : "Entra ID sign-in refused: no Sightline app role or group",
      });
      return Boolean(role);
    },
    async jwt({ token, user }) {
      if (user?.role) token.role = Role.parse(user.role);
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = Role.safeParse(token.role).success ? (token.role as Role) : undefined;
      }
      return session;
    },
  },
};
