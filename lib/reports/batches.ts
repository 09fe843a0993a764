/** Groups a stream of rows into arrays of `size`, so each batch's related rows are read in one query. */
export async function* chunked<Row>(rows: AsyncIterable<Row>, size: number): AsyncGenerator<Row[]> {
  let batch: Row[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Rows enriched batch by batch, streamed one by one. */
export async function* enriched<Row, Out>(rows: AsyncIterable<Row>, size: number, enrich: (batch: Row[]) => Promise<Out[]>): AsyncGenerator<Out> {
  for await (const batch of chunked(rows, size)) yield* await enrich(batch);
}

/** A list in one CSV cell: values separated by "; ", sorted so the same data gives the same text. */
export const listCell = (values: Iterable<string>) => [...new Set(values)].sort().join("; ");
