import Link from "next/link";
import { getRule } from "@/lib/rules/catalog";

/** The rules that break a cell, each with its count, linking to the findings behind it. */
export function RuleFlags({ counts }: { counts: { ruleId: string; n: number }[] }) {
  const broken = counts.filter((c) => c.n > 0);
  if (broken.length === 0) return null;
  return (
    <ul className="mt-2 space-y-0.5">
      {broken.map((c) => (
        <li key={c.ruleId}>
          <Link
            href={`/findings?ruleId=${c.ruleId}&status=open&verdict=fail`}
            title={getRule(c.ruleId)?.title}
            className="inline-flex items-center gap-1 rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-800 hover:underline dark:bg-red-500/20 dark:text-red-200"
          >
            <span className="font-mono">{c.ruleId}</span> · {c.n}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function cellTone(broken: boolean): string {
  return broken ? "bg-red-50/70 dark:bg-red-950/30" : "";
}
