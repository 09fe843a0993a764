/**
 * A fact that may be true, false or not recorded, in words (never a bare colour). `good` says which
 * value is the healthy one, when there is one, so it can be tinted; without it both read neutral.
 */
export function Flag({ value, yes = "Yes", no = "No", good }: { value: boolean | null | undefined; yes?: string; no?: string; good?: boolean }) {
  if (value === null || value === undefined) return <span className="text-slate-500 italic dark:text-slate-400">Not recorded</span>;
  const tone = good === undefined ? "" : value === good ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300";
  return <span className={tone}>{value ? yes : no}</span>;
}

/** A value that may be missing: shown as "Not recorded" rather than an empty cell. */
export function Maybe({ children }: { children: React.ReactNode }) {
  if (children === null || children === undefined || children === "") return <span className="text-slate-500 italic dark:text-slate-400">Not recorded</span>;
  return <>{children}</>;
}

/**
 * A user principal name that wraps at its natural joints (before the @, around a guest's #EXT#, after
 * an underscore) rather than at any letter, so a narrow column stays readable.
 */
export function Upn({ value }: { value: string }) {
  const parts = value.split(/(?=@)|(?=#EXT#)|(?<=_)/i);
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </span>
      ))}
    </>
  );
}
