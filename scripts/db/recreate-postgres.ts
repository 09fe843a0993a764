/** Drops and creates the PostgreSQL database DATABASE_URL names (the test and benchmark scripts use it). */
import { recreateDatabase } from "@/lib/db/postgres-admin";

recreateDatabase(process.env.DATABASE_URL ?? "").catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
