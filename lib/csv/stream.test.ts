import { describe, it, expect } from "vitest";
import { parse } from "csv-parse/sync";
import { csvStream, inBatches } from "./stream";
import { neutralizeCell } from "./cell";

async function text(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

describe("CSV export", () => {
  it("writes RFC 4180 rows that a CSV parser reads back, with dates in ISO 8601", async () => {
    const rows = [
      { name: 'Grace "the guest"', note: "line1\nline2", at: new Date("2026-01-02T03:04:05Z"), ok: true },
      { name: "Zoë, München", note: null, at: null, ok: false },
    ];
    const out = await text(csvStream({ columns: [
      { header: "name", value: (r: (typeof rows)[0]) => r.name },
      { header: "note", value: (r) => r.note },
      { header: "at", value: (r) => r.at },
      { header: "ok", value: (r) => r.ok },
    ], rows }));
    expect(out.includes("\r\n")).toBe(true);
    expect(parse(out)).toEqual([
      ["name", "note", "at", "ok"],
      ['Grace "the guest"', "line1\nline2", "2026-01-02T03:04:05.000Z", "true"],
      ["Zoë, München", "", "", "false"],
    ]);
  });

  it("neutralizes cells that a spreadsheet would run as formulas", async () => {
    const hostile = ["=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tTAB", "\rCR", "safe"];
    const out = await text(csvStream({ columns: [{ header: "v", value: (r: string) => r }], rows: hostile }));
    const values = parse(out, { relax_column_count: true }).slice(1).map((r: string[]) => r[0]);
    expect(values).toEqual(hostile.map(neutralizeCell));
    for (const v of values.slice(0, 6)) expect(v.startsWith("'")).toBe(true);
    expect(values[6]).toBe("safe");
  });

  it("adds a byte order mark only when asked", async () => {
    const bytes = async (bom: boolean) => new Uint8Array(await new Response(csvStream({ columns: [{ header: "a", value: () => 1 }], rows: [1], bom })).arrayBuffer());
    expect([...(await bytes(true)).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await bytes(false))[0]).toBe("a".charCodeAt(0));
  });

  it("writes hundreds of rows per chunk and reads the source only as the client reads", async () => {
    let pulled = 0;
    function* source() {
      for (let i = 0; i < 2000; i++) {
        pulled++;
        yield i;
      }
    }
    const reader = csvStream({ columns: [{ header: "n", value: (r: number) => r }], rows: source() }).getReader();
    const first = await reader.read();
    // One chunk read, at most one more prepared ahead: the rest of the source is untouched.
    expect(pulled).toBeLessThanOrEqual(1000);
    let chunks = 1;
    let text = new TextDecoder().decode(first.value);
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      chunks++;
      text += new TextDecoder().decode(next.value);
    }
    expect(chunks).toBeLessThanOrEqual(5);
    expect(parse(text)).toHaveLength(2001);
  });

  it("pages through a source in batches until a short batch", async () => {
    const ids = Array.from({ length: 25 }, (_, i) => ({ id: String(i).padStart(3, "0") }));
    const calls: (string | null)[] = [];
    const seen: string[] = [];
    for await (const row of inBatches(async (after, take) => {
      calls.push(after);
      return ids.filter((r) => after === null || r.id > after).slice(0, take);
    }, 10)) seen.push(row.id);
    expect(seen).toEqual(ids.map((r) => r.id));
    expect(calls).toEqual([null, "009", "019"]);
  });
});
