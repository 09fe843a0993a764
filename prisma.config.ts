import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Prisma 6.19 with the driver adapter and the JS engine: every CLI command (generate, migrate, seed) runs
// without downloading a native engine. DATABASE_URL is set by the scripts in scripts/ (see README).
const url = process.env.DATABASE_URL ?? "file:./data/sightline.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  async adapter() {
    return new PrismaBetterSQLite3({ url });
  },
});
