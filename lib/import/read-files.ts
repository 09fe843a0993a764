import { readCsvFile, type CsvFile } from "./csv/read-csv-file";
import { readGraphFile, type GraphFile } from "./graph/read-graph-file";
import { ImportFileError, type ImportIssue } from "./issues";
import { importLimits, megabytes } from "./limits";
import { decodeText, parseJson } from "./text";
import { expandZips } from "./unzip";
import { formatOf, type UploadFile } from "./upload-file";

/** An agent session event log, passed whole to its own importer (lib/import/agent-events). */
export interface AgentLogFile {
  file: string;
  text: string;
}

export interface ReadFiles {
  graph: GraphFile[];
  csv: CsvFile[];
  agentLogs: AgentLogFile[];
  issues: ImportIssue[];
}

/**
 * Reads every uploaded file (zips expanded) into what it holds, without touching the database.
 * Each file is read on its own so one bad file does not hide the problems of the others; any problem
 * refuses the whole import.
 */
export async function readUploadedFiles(uploads: UploadFile[]): Promise<ReadFiles> {
  const result: ReadFiles = { graph: [], csv: [], agentLogs: [], issues: [] };
  if (uploads.length === 0) return { ...result, issues: [{ file: "(upload)", message: "no files were given" }] };
  const total = uploads.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  if (total > importLimits.maxUploadBytes) {
    return { ...result, issues: [{ file: "(upload)", message: `the files add up to ${megabytes(total)}, more than the ${megabytes(importLimits.maxUploadBytes)} an import takes` }] };
  }
  let files: UploadFile[];
  try {
    files = await expandZips(uploads);
  } catch (error) {
    if (error instanceof ImportFileError) return { ...result, issues: [error.issue] };
    throw error;
  }
  for (const file of files) {
    try {
      readOne(file, result);
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      result.issues.push(error.issue);
    }
  }
  if (result.agentLogs.length > 0 && result.graph.length + result.csv.length + result.agentLogs.length > 1) {
    result.issues.push({
      file: result.agentLogs[0].file,
      message: "an agent session event log is imported on its own (it has a transaction and a preview of its own): upload it without other files",
    });
  }
  return result;
}

function readOne(file: UploadFile, into: ReadFiles): void {
  const format = formatOf(file);
  if (format === null) {
    throw new ImportFileError({ file: file.name, message: "Sightline imports Graph responses (.json), CSV files (.csv), agent session event logs (.jsonl) and zips of them" });
  }
  const text = decodeText(file.name, file.bytes);
  if (format === "agentEventLog") into.agentLogs.push({ file: file.name, text });
  else if (format === "csv") into.csv.push(readCsvFile(file.name, text, file.hint));
  else into.graph.push(readGraphFile(file.name, parseJson(file.name, text), file.hint));
}
