/** Placeholders shown while an inventory page loads (its loading.tsx), shaped like what comes. */
export function ListSkeleton({ title }: { title: string }) {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">Loading {title}…</p>
      <div className="mb-6 space-y-2">
        <div className="h-7 w-48 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-4 w-96 max-w-full animate-pulse rounded bg-slate-100 dark:bg-slate-800/60" />
      </div>
      <div className="mb-4 h-20 animate-pulse rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900" />
      <div className="space-y-px overflow-hidden rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex gap-4 px-3 py-3">
            <div className="h-4 w-1/4 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
            <div className="h-4 w-1/5 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
            <div className="h-4 w-1/6 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
          </div>
        ))}
      </div>
    </div>
  );
}

export function DetailSkeleton({ title }: { title: string }) {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">Loading {title}…</p>
      <div className="mb-6 h-7 w-64 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="h-96 animate-pulse rounded-xl border border-slate-200 bg-white xl:col-span-2 dark:border-slate-800 dark:bg-slate-900" />
        <div className="h-64 animate-pulse rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900" />
      </div>
    </div>
  );
}
