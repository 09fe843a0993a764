import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { LogoMark } from "@/components/brand/logo";
import { LoginForm } from "./login-form";
import { EntraSignIn } from "./entra-sign-in";
import { entraSignInEnabled, localSignInEnabled } from "@/lib/auth/providers";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  if (await getViewer()) redirect("/");
  const { callbackUrl } = await searchParams;
  const safeCallback = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-50 via-white to-slate-100 p-6 dark:from-slate-950 dark:via-slate-900 dark:to-slate-950">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center gap-3 text-center">
          <LogoMark className="h-12 w-12" />
          <h1 className="text-2xl font-semibold tracking-tight">Sign in to Sightline</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">Windows 365 identity and sign-in posture</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          {localSignInEnabled ? <LoginForm callbackUrl={safeCallback} /> : null}
          {localSignInEnabled && entraSignInEnabled ? <p className="my-4 text-center text-xs text-slate-500">or</p> : null}
          {entraSignInEnabled ? <EntraSignIn callbackUrl={safeCallback} /> : null}
        </div>
        <p className="mt-6 text-center text-xs text-slate-500 dark:text-slate-400">
          Access is limited to authorised administrators, help-desk staff and auditors. Sign-ins are recorded.
        </p>
      </div>
    </main>
  );
}
