import { Readable } from "node:stream";
import yazl from "yazl";

export interface ZipEntry {
  name: string;
  /** Content, or a size of zeros streamed in (for a zip bomb without holding it in memory). */
  content: Buffer | { zeros: number };
}

/** Builds a zip in memory with yazl, for tests of the importer's unzipping. */
export async function buildZip(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    if (Buffer.isBuffer(entry.content)) zip.addBuffer(entry.content, entry.name);
    else zip.addReadStream(zeros(entry.content.zeros), entry.name, { size: entry.content.zeros });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function zeros(size: number): Readable {
  const block = Buffer.alloc(1024 * 1024);
  let left = size;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const n = Math.min(left, block.length);
      left -= n;
      this.push(block.subarray(0, n));
    },
  });
}

/**
 * yazl (rightly) refuses to write an entry name that leaves the archive's folder, so a hostile zip
 * is made by renaming a same-length entry in the bytes: the name sits in the local header and in the
 * central directory, and no checksum covers it.
 */
export function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error("names must have the same length");
  const out = Buffer.from(zip);
  let at = out.indexOf(from);
  let count = 0;
  while (at >= 0) {
    out.write(to, at, "latin1");
    count++;
    at = out.indexOf(from, at + 1);
  }
  if (count < 2) throw new Error(`entry ${from} not found in both headers`);
  return out;
}
