import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import { Role } from "@/lib/validations/enums";
import { recordAudit } from "@/lib/audit/record";

const Credentials = z.object({ email: z.string().email().max(320), password: z.string().min(1).max(200) });

export const authOptions: NextAuthOptions = {
  secret: env.secret,
  session: { strategy: "jwt", maxAge: env.SIGHTLINE_SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Sightline account",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = Credentials.safeParse(raw);
        if (!parsed.success) return null;
        const account = await signInWithPassword(parsed.data.email, parsed.data.password);
        return account ? { id: account.id, email: account.email, name: account.name, role: account.role } : null;
      },
    }),
  ],
  events: {
    async signOut({ token }) {
      await recordAudit({ actor: { id: token?.sub, email: token?.email ?? undefined, role: token?.role }, action: "signOut", summary: "Signed out" });
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user && "role" in user) token.role = Role.parse(user.role);
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
