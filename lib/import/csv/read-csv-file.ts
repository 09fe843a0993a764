import { parse } from "csv-parse/sync";
import { csvCollections, type CsvCollection, type FileHint } from "@/lib/validations/import";
import { collectionLabels } from "../collection-labels";
import { ImportFileError } from "../issues";
import { CellError, unneutralize } from "./cells";
import { csvTemplates, type CsvTemplate } from "./templates";

/** One row of an import CSV as a partial snapshot entity: only the cells that hold a value. */
export interface CsvEntity {
  value: Record<string, unknown>;
  /** `line 4`, for messages about the row. */
  location: string;
  /** The columns the row filled, for checking what a new entity needs. */
  filled: Set<string>;
}

export interface CsvFile {
  file: string;
  collection: CsvCollection;
  rows: CsvEntity[];
  detectedBy: "hint" | "headers";
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Reads an import CSV (RFC 4180, header row first, UTF-8). Its kind comes from the hint or from the
 * headers, which must all be columns of one template (docs/import.md). Every bad cell is reported
 * with its line and column.
 */
export function readCsvFile(file: string, text: string, hint: FileHint = {}): CsvFile {
  let records: ParsedRecord[];
  try {
    records = parse(text, { info: true, bom: true, skip_empty_lines: true, relax_column_count: false }) as unknown as ParsedRecord[];
  } catch (error) {
    const lines = (error as { lines?: unknown }).lines;
    throw new ImportFileError({ file, location: typeof lines === "number" ? `line ${lines}` : undefined, message: `this is not a valid CSV file: ${(error as Error).message}` });
  }
  if (records.length === 0) throw new ImportFileError({ file, message: "the file is empty: the first row must name the columns" });
  const headers = records[0].record.map((header) => header.trim());
  const template = templateOf(file, headers, hint);
  const duplicate = headers.find((header, i) => headers.indexOf(header) !== i);
  if (duplicate) throw new ImportFileError({ file, location: "line 1", message: `the column ${duplicate} appears twice` });
  if (!headers.includes("id")) throw new ImportFileError({ file, location: "line 1", message: "the id column is missing: every row needs the id of its entity" });

  const columns = headers.map((header) => template.columns.find((c) => c.header === header)!);
  const rows = records.slice(1).map(({ record, info }) => {
    const location = `line ${info.lines}`;
    const value: Record<string, unknown> = {};
    const filled = new Set<string>();
    record.forEach((raw, i) => {
      const cell = unneutralize(raw.trim());
      if (cell === "") return;
      const column = columns[i];
      try {
        setPath(value, column.target, column.read(cell));
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        throw new ImportFileError({ file, location: `${location}, column ${column.header}`, message: error.message });
      }
      filled.add(column.header);
    });
    if (typeof value.id !== "string") throw new ImportFileError({ file, location: `${location}, column id`, message: "the id is blank" });
    return { value, location, filled };
  });
  return { file, collection: template.collection, rows, detectedBy: hint.collection ? "hint" : "headers" };
}

function templateOf(file: string, headers: string[], hint: FileHint): CsvTemplate {
  if (hint.collection) {
    if (!(csvCollections as readonly string[]).includes(hint.collection)) {
      throw new ImportFileError({ file, message: `${collectionLabels[hint.collection]} are imported from Graph responses; CSV files hold Cloud PCs, users or clients` });
    }
    const template = csvTemplates[hint.collection as CsvCollection];
    const unknown = headers.filter((header) => !template.columns.some((c) => c.header === header));
    if (unknown.length > 0) {
      throw new ImportFileError({
        file,
        location: "line 1",
        message: `${unknown.join(", ")} ${unknown.length === 1 ? "is not a column" : "are not columns"} of the ${template.title} CSV; its columns are ${template.columns.map((c) => c.header).join(", ")}`,
      });
    }
    return template;
  }
  const fitting = Object.values(csvTemplates).filter((template) => headers.every((header) => template.columns.some((c) => c.header === header)));
  if (fitting.length === 1) return fitting[0];
  if (fitting.length > 1) {
    throw new ImportFileError({ file, location: "line 1", message: `these columns fit both ${fitting.map((t) => t.title).join(" and ")}: choose what the file holds` });
  }
  throw new ImportFileError({
    file,
    location: "line 1",
    message: `these columns are not those of a Sightline CSV template (Cloud PCs, users or clients): download a template from the Import page`,
  });
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1]] = value;
}
