import type { DatabaseKind } from "../../lib/db/kind";
import type { ExportFigures } from "./export";
import type { ImportFigures } from "./measure-import";
import type { EvaluationFigures } from "./measure-evaluation";
import type { PageFigures } from "./pages";
import type { PreparedTenant } from "./prepare-tenant";

/** Everything one `npm run bench` measured, as printed and as written to the JSON report. */

export interface SizeFigures {
  cloudPcs: number;
  tenant: PreparedTenant;
  databaseMb: number;
  evaluation: EvaluationFigures;
  /** Null when the server figures were not taken (no build and --no-build). */
  export: ExportFigures | null;
  pages: PageFigures[];
  serverSkipped?: string;
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  loadBefore: number[];
  loadAfter?: number[];
  startedAt: string;
  finishedAt?: string;
}

export interface BenchedDatabase {
  kind: DatabaseKind;
  /** The server measured (PostgreSQL); absent for the embedded SQLite. */
  server?: string;
}

export interface BenchResults {
  machine: MachineInfo;
  /** Absent in reports written before the benchmark measured PostgreSQL: those are SQLite's. */
  database?: BenchedDatabase;
  sizes: SizeFigures[];
  import: ImportFigures | null;
  importSkipped?: string;
  pageSeconds: number;
}
