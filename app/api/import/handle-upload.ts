import { NextResponse } from "next/server";
import type { Viewer } from "@/lib/auth/session";
import { importFiles } from "@/lib/import";
import { readUploadRequest } from "@/lib/import/upload-request";

/** Preview and commit share everything but `dryRun`: read the upload, import, answer with the result. */
export async function handleUpload(request: Request, viewer: Viewer, dryRun: boolean): Promise<Response> {
  const upload = await readUploadRequest(request);
  if (!upload.ok) return NextResponse.json({ error: upload.status === 413 ? "too_large" : "invalid", message: upload.message }, { status: upload.status });
  const { tenantId, removeMissing, expectedPlanHash } = upload.fields;
  const result = await importFiles(tenantId, upload.files, viewer, { dryRun, removeMissing, expectedPlanHash });
  return NextResponse.json(result, { status: result.ok ? 200 : 400 });
}
