import Database from "better-sqlite3";

/**
 * Figure (c): the floor any load of a tenant must pay. Reads every row the snapshot loader reads
 * (the tenant-data tables, health checks and session events through their parents) with better-sqlite3
 * directly, `SELECT *` into plain objects, no mapping.
 */
export const tenantTables = [
  "Domain", "DirectoryGroup", "DirectoryUser", "CloudPc", "ProvisioningPolicy", "NetworkConnection", "ConditionalAccessPolicy",
  "AuthenticationMethodConfiguration", "RemoteDesktopConfiguration", "ConfigurationAssignment", "Client", "AgentIdentity",
  "AgentPool", "AgentSession",
] as const;

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

export function rawReadTenant(file: string, tenantId: string): RawRead {
  const sqlite = new Database(file, { readonly: true });
  try {
    const prepared = statements.map(([table, sql]) => [table, sqlite.prepare(sql)] as const);
    const rowsByTable: Record<string, number> = {};
    const started = performance.now();
    for (const [table, statement] of prepared) rowsByTable[table] = statement.all(tenantId).length;
    const ms = performance.now() - started;
    return { ms, rows: Object.values(rowsByTable).reduce((a, b) => a + b, 0), rowsByTable };
  } finally {
    sqlite.close();
  }
}
