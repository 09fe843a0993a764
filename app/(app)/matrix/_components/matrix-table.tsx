/** The frame of a matrix: a titled, captioned table that scrolls sideways on narrow screens and prints whole. */
export function MatrixTable({ title, caption, head, children }: { title: string; caption: string; head: React.ReactNode; children: React.ReactNode }) {
  return (
    <section className="break-inside-avoid">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{caption}</p>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white print:overflow-visible dark:border-slate-800 dark:bg-slate-900">
        <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
          <caption className="sr-only">{title}</caption>
          <thead className="bg-slate-50 text-xs font-semibold text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">{head}</thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">{children}</tbody>
        </table>
      </div>
    </section>
  );
}
