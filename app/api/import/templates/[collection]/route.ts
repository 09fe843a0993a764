import { NextResponse } from "next/server";
import { withPermission } from "@/lib/api/with-permission";
import { csvTemplateFile } from "@/lib/import/csv/template-file";
import { csvCollections, type CsvCollection } from "@/lib/validations/import";

/** A CSV template to fill in and import: Cloud PCs, users or clients (docs/import.md). */
export const GET = withPermission<{ collection: string }>("import", async (_request, { params }) => {
  if (!(csvCollections as readonly string[]).includes(params.collection)) return NextResponse.json({ error: "not_found", message: "There is no such template." }, { status: 404 });
  const { fileName, body } = csvTemplateFile(params.collection as CsvCollection);
  return new NextResponse(body, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "no-store" },
  });
});
