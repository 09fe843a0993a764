import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import type { DatabaseKind } from "../../lib/db/kind";
import { benchDbFile, databaseUrl, repoRoot } from "./paths";
import { processCpuMs } from "./server";

/**
 * Where the benchmark keeps its tenants: one database per size, apart from the app's and the tests'.
 * SQLite: a file under data/bench/. PostgreSQL: a database `sightline_bench_<size>` on the server of
 * --postgres-url, dropped and created for each run with the C collation (scripts/db/recreate-postgres.ts).
 * Both are migrated by `npm run db:migrate` (scripts/db/migrate.ts), as a deployment is.
 */
export interface BenchDatabase {
  kind: DatabaseKind;
  /** The DATABASE_URL of a size's tenant database. */
  url(cloudPcs: number): string;
  /** The database as the log names it (no password). */
  describe(cloudPcs: number): string;
  /** Starts the size's database afresh (or keeps it, with reuse) and brings it to the current schema. */
  prepare(cloudPcs: number, reuse: boolean): void;
  /** Its size on disk once the tenant and its findings are in. */
  sizeMb(cloudPcs: number): Promise<number>;
  /** The server as the report names it; undefined for SQLite (the machine line says it all). */
  server(): Promise<string | undefined>;
  /**
   * CPU time so far of each process serving the size's database apart from the app, by process id: the
   * PostgreSQL backends of its clients, when the server runs on this machine. Null for SQLite (it runs
   * inside the app's process, whose CPU is counted already) or a server elsewhere. Parallel workers a
   * query starts have exited before they can be read, so with parallel plans it is a lower bound.
   */
  backendCpuMs(cloudPcs: number): Promise<Map<number, number> | null>;
}

/** The local server the project's scripts and tests use. */
export const defaultPostgresUrl = "postgresql://sightline:sightline@127.0.0.1:5432";

/** Runs a setup command quietly; its output is shown only when it fails. */
export function runQuietly(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})\n${result.stdout}\n${result.stderr}`);
}

const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");
const migrate = (url: string) => runQuietly(tsx, [path.join(repoRoot, "scripts", "db", "migrate.ts")], { DATABASE_URL: url });

function sqliteDatabase(): BenchDatabase {
  return {
    kind: "sqlite",
    url: (cloudPcs) => databaseUrl(benchDbFile(cloudPcs)),
    describe: (cloudPcs) => path.relative(repoRoot, benchDbFile(cloudPcs)),
    prepare(cloudPcs, reuse) {
      const file = benchDbFile(cloudPcs);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (!reuse) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
      migrate(databaseUrl(file));
    },
    sizeMb: async (cloudPcs) => fs.statSync(benchDbFile(cloudPcs)).size / 1024 / 1024,
    server: async () => undefined,
    backendCpuMs: async () => null,
  };
}

async function query<Row extends object>(url: string, sql: string): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

function postgresDatabase(serverUrl: string): BenchDatabase {
  const named = (database: string) => {
    const target = new URL(serverUrl);
    target.pathname = `/${database}`;
    return target.toString();
  };
  const url = (cloudPcs: number) => named(`sightline_bench_${cloudPcs}`);
  const withoutPassword = (text: string) => {
    const shown = new URL(text);
    shown.password = "";
    return shown.toString();
  };
  return {
    kind: "postgresql",
    url,
    describe: (cloudPcs) => withoutPassword(url(cloudPcs)),
    prepare(cloudPcs, reuse) {
      if (!reuse) runQuietly(tsx, [path.join(repoRoot, "scripts", "db", "recreate-postgres.ts")], { DATABASE_URL: url(cloudPcs) });
      migrate(url(cloudPcs));
    },
    async sizeMb(cloudPcs) {
      // The whole database: the tenant, its findings and indexes, the accounts and PostgreSQL's own catalog.
      const [row] = await query<{ bytes: string }>(url(cloudPcs), "SELECT pg_database_size(current_database())::text AS bytes");
      return Number(row.bytes) / 1024 / 1024;
    },
    async server() {
      const [row] = await query<{ version: string }>(named("postgres"), "SELECT current_setting('server_version') AS version");
      const at = new URL(serverUrl);
      return `PostgreSQL ${row.version} at ${at.hostname}:${at.port || "5432"}, one database per size (sightline_bench_<size>)`;
    },
    async backendCpuMs(cloudPcs) {
      const backends = await query<{ pid: number }>(
        url(cloudPcs),
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      const cpu = new Map<number, number>();
      for (const { pid } of backends) {
        const ms = processCpuMs(pid);
        if (ms === null) return null; // the server runs on another machine
        cpu.set(pid, ms);
      }
      return cpu;
    },
  };
}

export function benchDatabase(kind: string, postgresUrl: string): BenchDatabase {
  if (kind === "sqlite") return sqliteDatabase();
  if (kind === "postgresql" || kind === "postgres") return postgresDatabase(postgresUrl);
  throw new Error(`--database takes sqlite or postgresql: ${kind}`);
}
