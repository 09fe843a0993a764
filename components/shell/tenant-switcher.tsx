"use client";

import { useRouter } from "next/navigation";
import { useTransition, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";

interface Props {
  tenants: { id: string; displayName: string; edition: string }[];
  selectedId: string | null;
  selectTenant: (input: { tenantId: string }) => Promise<ActionResult>;
}

export function TenantSwitcher({ tenants, selectedId, selectTenant }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (tenants.length === 0) return <span className="text-sm text-slate-500">No tenant yet</span>;
  return (
    <div className="flex min-w-0 items-center gap-2">
      <label htmlFor="tenant-switcher" className="hidden text-xs font-medium text-slate-500 sm:inline dark:text-slate-400">
        Tenant
      </label>
      <select
        id="tenant-switcher"
        aria-label="Tenant"
        value={selectedId ?? ""}
        disabled={pending}
        onChange={(e) => {
          const tenantId = e.target.value;
          startTransition(async () => {
            const result = await selectTenant({ tenantId });
            if (!result.ok) setError(result.message);
            else {
              setError(null);
              router.refresh();
            }
          });
        }}
        className="max-w-[9rem] min-w-0 rounded-md border border-slate-300 bg-white py-1.5 pr-8 pl-2.5 text-sm font-medium sm:max-w-xs dark:border-slate-700 dark:bg-slate-900"
      >
        {tenants.map((t) => (
          <option key={t.id} value={t.id}>
            {t.displayName} ({t.edition})
          </option>
        ))}
      </select>
      {error ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </div>
  );
}
