import { createTemplate, dropTestDatabases, testPostgresUrl } from "./postgres-test-db";

/** With PostgreSQL under test, migrates the template database once before any test file runs. */
export async function setup(): Promise<() => Promise<void>> {
  const url = testPostgresUrl;
  if (!url) return async () => {};
  await dropTestDatabases(url);
  await createTemplate(url);
  return () => dropTestDatabases(url);
}
