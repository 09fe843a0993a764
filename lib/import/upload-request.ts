import "server-only";
import type { z } from "zod";
import { ImportRequestFields } from "@/lib/validations/import";
import { isMissingValue } from "@/lib/validations/issues";
import { importLimits, megabytes } from "./limits";
import { declaresMoreThan, readBodyAtMost } from "./request-body";
import type { UploadFile } from "./upload-file";

// The multipart envelope around the files: boundaries, headers and the options field.
const envelopeBytes = 1024 * 1024;

export type UploadRequest =
  | { ok: true; fields: ImportRequestFields; files: UploadFile[] }
  | { ok: false; status: 400 | 413; message: string };

/**
 * Reads an upload from the Import page: `files` (one or more) and `options` (JSON: the tenant, one
 * hint per file, the commit's expected plan hash). An upload is refused as too large from its
 * Content-Length before a byte is read, and while it streams in when the length was not given.
 */
export async function readUploadRequest(request: Request): Promise<UploadRequest> {
  const limit = importLimits.maxUploadBytes + envelopeBytes;
  const tooLarge = { ok: false as const, status: 413 as const, message: `The upload is larger than the ${megabytes(importLimits.maxUploadBytes)} an import takes.` };
  if (declaresMoreThan(request, limit)) return tooLarge;
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data")) return { ok: false, status: 400, message: "Send the files as multipart/form-data." };

  const body = await readBodyAtMost(request, limit);
  if (body === null) return tooLarge;
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return { ok: false, status: 400, message: "The upload could not be read as a form." };
  }
  let options: unknown;
  try {
    options = JSON.parse(String(form.get("options") ?? "{}"));
  } catch {
    return { ok: false, status: 400, message: "The upload's options are not valid JSON." };
  }
  const fields = ImportRequestFields.safeParse(options);
  if (!fields.success) return { ok: false, status: 400, message: `The upload's options are not valid: ${optionProblem(fields.error.issues[0])}.` };
  const files: UploadFile[] = [];
  for (const [i, entry] of form.getAll("files").entries()) {
    if (typeof entry === "string") return { ok: false, status: 400, message: "Every file must be sent as a file." };
    files.push({ name: entry.name || `file-${i + 1}`, bytes: new Uint8Array(await entry.arrayBuffer()), hint: fields.data.hints[i] });
  }
  return { ok: true, fields: fields.data, files };
}

/** One problem with the options, naming the option. */
function optionProblem(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return "unknown problem";
  const option = issue.path.length > 0 ? issue.path.join(".") : "the options";
  if (isMissingValue(issue)) return `${option} is missing`;
  return `${option}: ${issue.message}`;
}
