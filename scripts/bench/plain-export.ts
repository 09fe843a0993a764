import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { databaseKindOf, type DatabaseKind } from "../../lib/db/kind";

/**
 * For scale beside figure (d): the rows the findings export sends (the findings the route lists, its
 * table columns) written as CSV straight from the database by its own command-line tool, `sqlite3 -csv`
 * or psql's `\copy (…) TO … CSV HEADER` (a COPY streamed to the client); without the tool, by the plain
 * driver and a plain string writer. Output to a temp file, removed afterwards.
 */

export interface PlainExport {
  tool: string;
  ms: number;
  rows: number;
}

const plainColumns = [
  "ruleId", "severity", "stalls", "phase", "entityType", "entityId", "entityName", "verdict", "status", "missing", "evidenceJson",
  "firstSeenAt", "lastSeenAt", "resolvedAt",
];
const plainSql = (tenantId: string) =>
  `SELECT ${plainColumns.map((c) => `"${c}"`).join(", ")} FROM "Finding" WHERE "tenantId" = '${tenantId.replace(/'/g, "''")}' ` +
  `AND "status" IN ('open', 'accepted') ORDER BY "id"`;

const hasCli = (command: string, versionFlag: string) => spawnSync(command, [versionFlag], { stdio: "ignore" }).status === 0;

/**
 * Whether the database's CLI is there for the plain export: Debian's sqlite3 is installed when missing
 * and running as root (as CI does); psql comes with PostgreSQL's client package or not at all.
 */
export function ensurePlainExportCli(kind: DatabaseKind): boolean {
  if (kind === "postgresql") return hasCli("psql", "--version");
  if (hasCli("sqlite3", "-version")) return true;
  if (process.getuid?.() !== 0) return false;
  console.log("installing Debian's sqlite3 CLI for the plain export…");
  const install = spawnSync("bash", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null"], { stdio: "inherit" });
  return install.status === 0 && hasCli("sqlite3", "-version");
}

/** Rows of values as the driver gives them, written as CSV in pieces of about 1 MB; the number of rows. */
function writeCsv(out: string, rows: Iterable<unknown[]>): number {
  const fd = fs.openSync(out, "w");
  let count = 0;
  const cell = (v: unknown) => (v === null ? "" : /[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  let buffer = plainColumns.join(",") + "\r\n";
  for (const row of rows) {
    buffer += row.map(cell).join(",") + "\r\n";
    count++;
    if (buffer.length > 1 << 20) {
      fs.writeSync(fd, buffer);
      buffer = "";
    }
  }
  fs.writeSync(fd, buffer);
  fs.closeSync(fd);
  return count;
}

function sqliteExport(file: string, tenantId: string, useCli: boolean, out: string): PlainExport {
  const started = performance.now();
  if (useCli) {
    execFileSync("bash", ["-c", `sqlite3 -readonly -csv -header "$0" "$1" > "$2"`, file, plainSql(tenantId), out]);
    const ms = performance.now() - started;
    const rows = Number(execFileSync("sqlite3", ["-readonly", file, `SELECT count(*) FROM (${plainSql(tenantId)})`]).toString().trim());
    return { tool: "sqlite3 -csv", ms, rows };
  }
  const sqlite = new Database(file, { readonly: true });
  const rows = writeCsv(out, sqlite.prepare(plainSql(tenantId)).raw().iterate() as IterableIterator<unknown[]>);
  sqlite.close();
  return { tool: "better-sqlite3 iterate + plain writer (no sqlite3 CLI)", ms: performance.now() - started, rows };
}

async function postgresExport(url: string, tenantId: string, useCli: boolean, out: string): Promise<PlainExport> {
  const started = performance.now();
  if (useCli) {
    // The password travels in psql's environment, not on its command line (where `ps` would show it).
    const target = new URL(url);
    const password = decodeURIComponent(target.password);
    target.password = "";
    const copy = `\\copy (${plainSql(tenantId)}) TO '${out.replace(/'/g, "''")}' WITH (FORMAT csv, HEADER)`;
    const said = execFileSync("psql", ["-X", "-v", "ON_ERROR_STOP=1", "-d", target.toString(), "-c", copy], { env: { ...process.env, PGPASSWORD: password } }).toString();
    const ms = performance.now() - started;
    const rows = /COPY (\d+)/.exec(said);
    if (!rows) throw new Error(`psql's \\copy did not say how many rows it wrote: ${said}`);
    return { tool: "psql \\copy CSV", ms, rows: Number(rows[1]) };
  }
  // Values as the server sends them (text), as psql writes them.
  const client = new Client({ connectionString: url, types: { getTypeParser: () => (value: string) => value } });
  await client.connect();
  try {
    const result = await client.query<unknown[]>({ text: plainSql(tenantId), rowMode: "array" });
    return { tool: "pg query + plain writer (no psql)", ms: performance.now() - started, rows: writeCsv(out, result.rows) };
  } finally {
    await client.end();
  }
}

/** The plain export of a tenant's listed findings from the database of a DATABASE_URL, through `out`. */
export async function plainExport(url: string, tenantId: string, useCli: boolean, out: string): Promise<PlainExport> {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  try {
    if (databaseKindOf(url) === "postgresql") return await postgresExport(url, tenantId, useCli, out);
    return sqliteExport(url.replace(/^file:/, ""), tenantId, useCli, out);
  } finally {
    fs.rmSync(out, { force: true });
  }
}
