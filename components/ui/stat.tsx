import Link from "next/link";

export function Stat({ label, value, href, tone = "default" }: { label: string; value: React.ReactNode; href?: string; tone?: "default" | "bad" | "good" }) {
  const toneClass = tone === "bad" ? "text-red-700 dark:text-red-300" : tone === "good" ? "text-emerald-700 dark:text-emerald-300" : "";
  const body = (
    <>
      <p className="text-xs font-medium text-slate-500 dark:text-slate-400">{label}</p>
      <p className={`mt-1 text-2xl font-semibold tabular-nums ${toneClass}`}>{value}</p>
    </>
  );
  const cls = "block rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900";
  return href ? (
    <Link href={href} className={`${cls} hover:border-brand-500`}>
      {body}
    </Link>
  ) : (
    <div className={cls}>{body}</div>
  );
}
