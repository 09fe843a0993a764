/**
 * The PostgreSQL schema is the SQLite one (prisma/schema.prisma, the schema developers edit) with the
 * datasource's provider and the generated client's folder swapped: the models are the same, so the
 * application code above lib/db cannot tell the two apart. `npm run db:postgres-schema` writes it;
 * scripts/db/postgres-schema.test.ts fails when the committed file has drifted from what this makes.
 */
export const sqliteSchemaPath = "prisma/schema.prisma";
export const postgresSchemaPath = "prisma/postgres/schema.prisma";

const header =
  "// Generated from prisma/schema.prisma by `npm run db:postgres-schema`: edit that file, not this one.\n" +
  "// The PostgreSQL schema of the scale-out deployment (docs/deploy.md).\n\n";

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma has no ${what}; the PostgreSQL schema cannot be derived from it.`);
  return text.replace(pattern, replacement);
}

export function postgresSchemaFrom(sqliteSchema: string): string {
  let schema = replaceOnce(sqliteSchema, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"', 'provider = "sqlite" datasource');
  schema = replaceOnce(schema, /output(\s*)=\s*"\.\/generated\/client"/, 'output$1= "../generated/postgres-client"', 'output = "./generated/client" generator');
  return header + schema;
}
