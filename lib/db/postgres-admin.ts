import { Client } from "pg";

/** The database a postgresql:// URL names, checked to be a plain identifier. */
export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Refusing to manage a PostgreSQL database named "${name}"`);
  return name;
}

/** Runs `work` on a connection to the server's `postgres` database, with the URL's credentials. */
export async function withServer<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * DROP DATABASE … WITH (FORCE) ends the database's sessions first, but a role that is not a superuser
 * cannot end a server process of another role (an autovacuum worker that has just connected): then
 * the drop is tried again a moment later.
 */
export async function dropWithRetries(client: Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      return;
    } catch (error) {
      const transient = /being accessed by other users|member of the role whose process is being terminated/.test(String(error));
      if (!transient || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * Drops and creates the database a URL names (tests and benchmarks), optionally as a copy of a template
 * database. It is created with the C collation, so text sorts by code point as it does in SQLite.
 */
export async function recreateDatabase(url: string, template = "template0"): Promise<void> {
  const name = databaseNameOf(url);
  await withServer(url, async (client) => {
    await dropWithRetries(client, name);
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}" ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  });
}

/** Drops the database a URL names (closing its connections). */
export async function dropDatabase(url: string): Promise<void> {
  const name = databaseNameOf(url);
  await withServer(url, (client) => dropWithRetries(client, name));
}
