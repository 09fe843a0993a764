import { stringify } from "csv-stringify";
import { Readable } from "node:stream";
import { formatCell } from "./cell";

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => unknown;
}

export interface CsvStreamOptions<Row> {
  columns: CsvColumn<Row>[];
  /** Rows, usually read from the database page by page so the whole file is never in memory. */
  rows: AsyncIterable<Row> | Iterable<Row>;
  /** A UTF-8 byte order mark, for Excel. */
  bom?: boolean;
}

/**
 * RFC 4180 CSV (CRLF line ends, quoting by csv-stringify) as a web stream. Backpressure is kept:
 * the next batch of rows is pulled only when the client has read the previous one.
 */
export function csvStream<Row>({ columns, rows, bom = false }: CsvStreamOptions<Row>): ReadableStream<Uint8Array> {
  const stringifier = stringify({ bom, record_delimiter: "windows", quoted_match: /[",\r\n]/ });
  const source = Readable.from(
    (async function* () {
      yield columns.map((c) => c.header);
      for await (const row of rows) yield columns.map((c) => formatCell(c.value(row)));
    })(),
    { objectMode: true },
  );
  source.on("error", (error) => stringifier.destroy(error));
  return Readable.toWeb(source.pipe(stringifier)) as ReadableStream<Uint8Array>;
}

/** A CSV download response; `bom=1` in the query adds the byte order mark Excel wants. */
export function csvResponse<Row>(fileName: string, options: CsvStreamOptions<Row>): Response {
  return new Response(csvStream(options), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]+/g, "-")}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/** Reads a table in keyset-paged batches, so exports of any size stream in bounded memory. */
export async function* inBatches<Row extends { id: string }>(fetchAfter: (afterId: string | null, take: number) => Promise<Row[]>, batchSize = 2000): AsyncGenerator<Row> {
  let after: string | null = null;
  for (;;) {
    const batch = await fetchAfter(after, batchSize);
    for (const row of batch) yield row;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1].id;
  }
}
