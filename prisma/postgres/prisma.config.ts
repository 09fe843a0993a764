import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The PostgreSQL twin of ../../prisma.config.ts, for `prisma generate` and `prisma migrate diff` only:
// migrations are applied by scripts/db/migrate.ts (Prisma 6.19's `migrate deploy` fails on PostgreSQL).
const connectionString = process.env.DATABASE_URL ?? "postgresql://localhost/sightline";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(import.meta.dirname, "schema.prisma"),
  async adapter() {
    return new PrismaPg({ connectionString });
  },
});
