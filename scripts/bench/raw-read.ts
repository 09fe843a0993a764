import Database from "better-sqlite3";
import { Client } from "pg";
import { databaseKindOf } from "../../lib/db/kind";
import { numberedPlaceholders } from "../../lib/db/postgres-connection";

/**
 * Figure (c): the floor any load of a tenant must pay. Reads every row the snapshot loader reads
 * (the tenant-data tables, health checks and session events through their parents) with the database's
 * plain driver, `SELECT *` into plain objects, no mapping of ours: better-sqlite3's `.all()` on SQLite,
 * `pg`'s query on PostgreSQL (with its default parsing of values: timestamps become Dates, as any
 * reader of those rows needs them).
 */
export const tenantTables = [
  "Domain", "DirectoryGroup", "DirectoryUser", "CloudPc", "ProvisioningPolicy", "NetworkConnection", "ConditionalAccessPolicy",
  "AuthenticationMethodConfiguration", "RemoteDesktopConfiguration", "ConfigurationAssignment", "Client", "AgentIdentity",
  "AgentPool", "AgentSession",
] as const;

/** Every table (c) reads. */
export const loadedTables = ["Tenant", ...tenantTables, "HealthCheck", "AgentSessionEvent"] as const;

const statements: [table: string, sql: string][] = [
  ["Tenant", `SELECT * FROM "Tenant" WHERE "id" = ?`],
  ...tenantTables.map((table): [string, string] => [table, `SELECT * FROM "${table}" WHERE "tenantId" = ?`]),
  ["HealthCheck", `SELECT c.* FROM "HealthCheck" c JOIN "NetworkConnection" n ON n."id" = c."networkConnectionId" WHERE n."tenantId" = ?`],
  ["AgentSessionEvent", `SELECT e.* FROM "AgentSessionEvent" e JOIN "AgentSession" s ON s."id" = e."sessionId" WHERE s."tenantId" = ?`],
];

export interface RawRead {
  ms: number;
  rows: number;
  rowsByTable: Record<string, number>;
}

const total = (rowsByTable: Record<string, number>) => Object.values(rowsByTable).reduce((a, b) => a + b, 0);

/** Reads the tenant from the database of a DATABASE_URL, on a connection opened for it. */
export function rawReadTenant(url: string, tenantId: string): Promise<RawRead> {
  return databaseKindOf(url) === "postgresql" ? rawReadPostgres(url, tenantId) : Promise.resolve(rawReadSqlite(url.replace(/^file:/, ""), tenantId));
}

function rawReadSqlite(file: string, tenantId: string): RawRead {
  const sqlite = new Database(file, { readonly: true });
  try {
    const prepared = statements.map(([table, sql]) => [table, sqlite.prepare(sql)] as const);
    const rowsByTable: Record<string, number> = {};
    const started = performance.now();
    for (const [table, statement] of prepared) rowsByTable[table] = statement.all(tenantId).length;
    const ms = performance.now() - started;
    return { ms, rows: total(rowsByTable), rowsByTable };
  } finally {
    sqlite.close();
  }
}

async function rawReadPostgres(url: string, tenantId: string): Promise<RawRead> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const rowsByTable: Record<string, number> = {};
    const started = performance.now();
    for (const [table, sql] of statements) rowsByTable[table] = (await client.query(numberedPlaceholders(sql), [tenantId])).rows.length;
    const ms = performance.now() - started;
    return { ms, rows: total(rowsByTable), rowsByTable };
  } finally {
    await client.end();
  }
}
