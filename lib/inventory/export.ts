import "server-only";

/**
 * Reads a filtered, sorted table in pages for a CSV export, so the file streams in bounded memory
 * and keeps the order the table shows. `fetchPage` runs the same query as the table with skip/take.
 */
export async function* exportPages<Row>(fetchPage: (skip: number, take: number) => Promise<Row[]>, batchSize = 1000): AsyncGenerator<Row> {
  for (let skip = 0; ; skip += batchSize) {
    const batch = await fetchPage(skip, batchSize);
    for (const row of batch) yield row;
    if (batch.length < batchSize) return;
  }
}
