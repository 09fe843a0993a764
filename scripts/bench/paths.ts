import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "..", "..");

/** The benchmark's own SQLite files, one per tenant size, apart from the app's and the tests' databases. */
export function benchDbFile(cloudPcs: number): string {
  return path.join(repoRoot, "data", "bench", `tenant-${cloudPcs}.db`);
}

export const databaseUrl = (file: string) => `file:${file}`;

/** A size as the table shows it: 1k, 10k, 100k. */
export function sizeLabel(cloudPcs: number): string {
  return cloudPcs % 1000 === 0 ? `${cloudPcs / 1000}k` : String(cloudPcs);
}
