import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import Database from "better-sqlite3";
import { sampleRss, treeRssBytes, type BenchServer } from "./server";

/**
 * Figure (d): every finding the findings page lists, as CSV through the real export route, with the
 * server's resident memory sampled from /proc every 50 ms; and, for scale, a plain export of the same
 * rows straight from SQLite.
 */

export interface ExportFigures {
  ms: number;
  rows: number;
  bytes: number;
  rowsPerSecond: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssGrowthMb: number;
  rssSamples: number;
  plain: PlainExport;
}

export interface PlainExport {
  tool: string;
  ms: number;
  rows: number;
}

/** Counts CSV records (line breaks outside quoted cells) as the bytes stream by. */
class RecordCounter {
  records = 0;
  private quoted = false;
  push(chunk: Uint8Array) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 0x22) this.quoted = !this.quoted;
      else if (c === 0x0a && !this.quoted) this.records++;
    }
  }
}

export async function measureExport(server: BenchServer, cookie: string): Promise<Omit<ExportFigures, "plain">> {
  // A small export first, so the route's code is loaded before the baseline is taken.
  const warm = await fetch(`${server.baseUrl}/api/findings/export?ruleId=AUTH-001`, { headers: { cookie } });
  if (!warm.ok) throw new Error(`The export route answered HTTP ${warm.status}.`);
  await warm.arrayBuffer();
  await new Promise((resolve) => setTimeout(resolve, 500));

  const before = treeRssBytes(server.pid);
  const sampler = sampleRss(server.pid, 50);
  const started = performance.now();
  const response = await fetch(`${server.baseUrl}/api/findings/export`, { headers: { cookie } });
  if (!response.ok || !response.body) throw new Error(`The export route answered HTTP ${response.status}.`);
  const counter = new RecordCounter();
  let bytes = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.length;
    counter.push(chunk.value);
  }
  const ms = performance.now() - started;
  const { peakBytes, samples } = sampler.stop();
  const rows = counter.records - 1; // the header
  const mb = (n: number) => n / 1024 / 1024;
  return {
    ms,
    rows,
    bytes,
    rowsPerSecond: rows / (ms / 1000),
    rssBeforeMb: mb(before),
    rssPeakMb: mb(peakBytes),
    rssGrowthMb: mb(peakBytes - before),
    rssSamples: samples,
  };
}

const plainColumns = [
  "ruleId", "severity", "stalls", "phase", "entityType", "entityId", "entityName", "verdict", "status", "missing", "evidenceJson",
  "firstSeenAt", "lastSeenAt", "resolvedAt",
];
const plainSql = (tenantId: string) =>
  `SELECT ${plainColumns.map((c) => `"${c}"`).join(", ")} FROM "Finding" WHERE "tenantId" = '${tenantId.replace(/'/g, "''")}' ` +
  `AND "status" IN ('open', 'accepted') ORDER BY "id"`;

function hasSqliteCli(): boolean {
  return spawnSync("sqlite3", ["-version"], { stdio: "ignore" }).status === 0;
}

/** Debian's sqlite3 CLI, installed only when missing and running as root (as CI does). */
export function ensureSqliteCli(): boolean {
  if (hasSqliteCli()) return true;
  if (process.getuid?.() !== 0) return false;
  console.log("installing Debian's sqlite3 CLI for the plain export…");
  const install = spawnSync("bash", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null"], { stdio: "inherit" });
  return install.status === 0 && hasSqliteCli();
}

/**
 * The same rows (the findings the route exports, its table columns) written as CSV by `sqlite3 -csv`,
 * or, without the CLI, by better-sqlite3's iterate and a plain string writer. Output to a temp file.
 */
export function plainExport(file: string, tenantId: string, useCli: boolean): PlainExport {
  const out = `${file}.plain-export.csv`;
  try {
    const started = performance.now();
    if (useCli) {
      execFileSync("bash", ["-c", `sqlite3 -readonly -csv -header "$0" "$1" > "$2"`, file, plainSql(tenantId), out]);
      const ms = performance.now() - started;
      const rows = Number(execFileSync("sqlite3", ["-readonly", file, `SELECT count(*) FROM (${plainSql(tenantId)})`]).toString().trim());
      return { tool: "sqlite3 -csv", ms, rows };
    }
    const sqlite = new Database(file, { readonly: true });
    const fd = fs.openSync(out, "w");
    let rows = 0;
    const cell = (v: unknown) => (v === null ? "" : /[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
    let buffer = plainColumns.join(",") + "\r\n";
    for (const row of sqlite.prepare(plainSql(tenantId)).raw().iterate() as IterableIterator<unknown[]>) {
      buffer += row.map(cell).join(",") + "\r\n";
      rows++;
      if (buffer.length > 1 << 20) {
        fs.writeSync(fd, buffer);
        buffer = "";
      }
    }
    fs.writeSync(fd, buffer);
    fs.closeSync(fd);
    sqlite.close();
    return { tool: "better-sqlite3 iterate + plain writer (no sqlite3 CLI)", ms: performance.now() - started, rows };
  } finally {
    fs.rmSync(out, { force: true });
  }
}
