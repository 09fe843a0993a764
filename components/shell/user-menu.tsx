"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";

const roleLabels = { admin: "Admin", helpdesk: "Help desk", viewer: "Viewer" } as const;

export function UserMenu({ name, role }: { name: string; role: keyof typeof roleLabels }) {
  return (
    <div className="flex items-center gap-3">
      <div className="hidden text-right sm:block">
        <p className="text-sm leading-tight font-medium">{name}</p>
        <p className="text-xs leading-tight text-slate-500 dark:text-slate-400">{roleLabels[role]}</p>
      </div>
      <button
        type="button"
        onClick={async () => {
          // A relative redirect: next-auth's own would build an absolute URL from NEXTAUTH_URL or the host,
          // which behind a proxy or on loopback can point at the wrong origin.
          await signOut({ redirect: false });
          window.location.assign("/login");
        }}
        className="inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
      >
        <LogOut className="h-4 w-4" aria-hidden="true" />
        <span className="sr-only sm:not-sr-only">Sign out</span>
      </button>
    </div>
  );
}
