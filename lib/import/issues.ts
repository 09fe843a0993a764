/**
 * A problem with an uploaded file, located as precisely as the file allows: a line and column for
 * text that does not parse, a JSON path (`$.value[3].id`) for a value that does not fit, a CSV line
 * and column name for a bad cell. Zip entries are named `archive.zip/inner/file.json`.
 */
export interface ImportIssue {
  file: string;
  /** `line 12, column 5`, `$.value[3].userPrincipalName`, `line 4, column osRelease`; absent for the whole file. */
  location?: string;
  message: string;
}

/** Thrown while reading files; the import gathers these and answers with all of them. */
export class ImportFileError extends Error {
  constructor(readonly issue: ImportIssue) {
    super(`${issue.file}${issue.location ? ` (${issue.location})` : ""}: ${issue.message}`);
    this.name = "ImportFileError";
  }
}

export function formatIssue(issue: ImportIssue): string {
  return `${issue.file}${issue.location ? ` at ${issue.location}` : ""}: ${issue.message}`;
}
