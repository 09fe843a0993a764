/** Which database a DATABASE_URL names: a `file:` URL is the embedded SQLite, a `postgres(ql)://` URL PostgreSQL. */
export type DatabaseKind = "sqlite" | "postgresql";

export function databaseKindOf(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error("DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL");
}
