import Link from "next/link";

export interface RelationItem {
  key: string;
  label: string;
  href: string | null;
  detail?: React.ReactNode;
}

/** One kind of related entity (the user, the policy, the clients...) as links; a missing one says why. */
export function RelationGroup({ title, items, empty, more }: { title: string; items: RelationItem[]; empty: string; more?: { href: string; label: string } }) {
  return (
    <div>
      <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{title}</h3>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500 italic dark:text-slate-400">{empty}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {items.map((item) => (
            <li key={item.key} className="flex flex-wrap items-baseline gap-x-2">
              {item.href ? (
                <Link prefetch={false} href={item.href} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                  {item.label}
                </Link>
              ) : (
                <span className="font-medium">{item.label}</span>
              )}
              {item.detail ? <span className="text-xs text-slate-500 dark:text-slate-400">{item.detail}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {more ? (
        <Link prefetch={false} href={more.href} className="mt-1 inline-block text-sm text-brand-700 hover:underline dark:text-brand-100">
          {more.label}
        </Link>
      ) : null}
    </div>
  );
}

/**
 * The relations card of a detail page. It sits beside the facts on a wide screen (one narrow column) and
 * below them on a medium one (groups side by side).
 */
export function Relations({ children }: { children: React.ReactNode }) {
  return <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-1">{children}</div>;
}
