export { importFiles, summarize, type ImportOptions, type ImportPreview, type ImportResult, type EntityPreview } from "./import-files";
export { formatIssue, type ImportIssue } from "./issues";
export { importLimits, megabytes } from "./limits";
export type { UploadFile } from "./upload-file";
export type { FileSummary } from "./summaries";
