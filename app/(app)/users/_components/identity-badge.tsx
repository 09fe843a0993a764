import { identityTypeLabels, labelOf } from "@/lib/ui/labels";

const tone: Record<string, string> = {
  hybrid: "bg-indigo-50 text-indigo-800 ring-indigo-200 dark:bg-indigo-500/15 dark:text-indigo-200 dark:ring-indigo-500/30",
  cloudOnly: "bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-500/15 dark:text-sky-200 dark:ring-sky-500/30",
  federated: "bg-teal-50 text-teal-800 ring-teal-200 dark:bg-teal-500/15 dark:text-teal-200 dark:ring-teal-500/30",
  external: "bg-fuchsia-50 text-fuchsia-800 ring-fuchsia-200 dark:bg-fuchsia-500/15 dark:text-fuchsia-200 dark:ring-fuchsia-500/30",
};

/** A user's identity type, marked when an admin overrode the derived one. */
export function IdentityBadge({ identityType, overridden }: { identityType: string; overridden: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${tone[identityType] ?? tone.cloudOnly}`}>
        {labelOf(identityTypeLabels, identityType)}
      </span>
      {overridden ? <span className="text-xs text-slate-500 dark:text-slate-400">overridden</span> : null}
    </span>
  );
}
