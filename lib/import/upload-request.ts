import "server-only";
import { ImportRequestFields } from "@/lib/validations/import";
import { importLimits, megabytes } from "./limits";
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
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) return tooLarge;
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data")) return { ok: false, status: 400, message: "Send the files as multipart/form-data." };

  const body = await readAtMost(request, limit);
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
  if (!fields.success) return { ok: false, status: 400, message: `The upload's options are not valid: ${fields.error.issues[0]?.message ?? "unknown problem"}.` };
  const files: UploadFile[] = [];
  for (const [i, entry] of form.getAll("files").entries()) {
    if (typeof entry === "string") return { ok: false, status: 400, message: "Every file must be sent as a file." };
    files.push({ name: entry.name || `file-${i + 1}`, bytes: new Uint8Array(await entry.arrayBuffer()), hint: fields.data.hints[i] });
  }
  return { ok: true, fields: fields.data, files };
}

/** The request body, or null as soon as it passes `limit` bytes (the rest is never read). */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
