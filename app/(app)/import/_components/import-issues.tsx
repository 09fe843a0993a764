import type { ImportIssue } from "@/lib/import";

/** Why an import was refused: each problem with its file and where in it. */
export function ImportIssues({ message, issues, issueCount }: { message: string; issues: ImportIssue[]; issueCount: number }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/50 dark:text-red-100">
      <p className="font-medium">{message}</p>
      {issues.length > 0 ? (
        <ul className="mt-2 space-y-1.5">
          {issues.map((issue, i) => (
            <li key={i} className="break-words">
              <span className="font-mono text-xs font-semibold">{issue.file}</span>
              {issue.location ? <span className="font-mono text-xs"> · {issue.location}</span> : null}
              <span className="block">{issue.message}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {issueCount > issues.length ? <p className="mt-2 text-xs">…and {issueCount - issues.length} more.</p> : null}
    </div>
  );
}
