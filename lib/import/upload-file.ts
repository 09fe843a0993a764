import type { FileHint } from "@/lib/validations/import";

/** A file given to an import, from the upload form or the CLI. */
export interface UploadFile {
  /** The name as the admin chose it; inside a zip, `archive.zip/inner/name.json`. */
  name: string;
  bytes: Uint8Array;
  /** What the admin said the file holds, when its content cannot tell (applies to a zip's files too). */
  hint?: FileHint;
}

export type FileFormat = "graphJson" | "csv" | "agentEventLog";

/**
 * The format of a file, by its extension, else by its first character: JSON begins with `{` or `[`.
 * A zip never reaches here (it is expanded first).
 */
export function formatOf(file: UploadFile): FileFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith(".json")) return "graphJson";
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return "agentEventLog";
  const start = Buffer.from(file.bytes.subarray(0, 64)).toString("utf8").replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return "graphJson";
  return null;
}
