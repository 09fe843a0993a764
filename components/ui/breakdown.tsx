/** A labelled list of counts with proportional bars. */
export function Breakdown({ rows }: { rows: { label: string; value: number }[] }) {
  const total = rows.reduce((s, r) => s + r.value, 0) || 1;
  return (
    <ul className="space-y-2">
      {rows.map((r) => (
        <li key={r.label} className="text-sm">
          <div className="flex justify-between">
            <span>{r.label}</span>
            <span className="tabular-nums text-slate-600 dark:text-slate-300">{r.value}</span>
          </div>
          <div className="mt-1 h-1.5 rounded-full bg-slate-100 dark:bg-slate-800">
            <div className="h-1.5 rounded-full bg-brand-500" style={{ width: `${Math.round((r.value / total) * 100)}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
