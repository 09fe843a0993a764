import { stringify } from "csv-stringify/sync";
import type { CsvCollection } from "@/lib/validations/import";
import { csvTemplates } from "./templates";

/** A downloadable CSV template: the header row and one example row (RFC 4180, CRLF). */
export function csvTemplateFile(collection: CsvCollection): { fileName: string; body: string } {
  const template = csvTemplates[collection];
  const body = stringify([template.columns.map((c) => c.header), template.columns.map((c) => c.example)], { record_delimiter: "windows" });
  return { fileName: `sightline-${template.title.toLowerCase().replace(/\s+/g, "-")}-template.csv`, body };
}
