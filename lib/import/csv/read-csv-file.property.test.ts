import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCell } from "@/lib/csv/cell";
import { csvCollections, importCollections, type FileHint } from "@/lib/validations/import";
import { readOrIssue } from "../testing/hostile-input";
import { readCsvFile } from "./read-csv-file";
import { csvTemplates } from "./templates";

const file = "rows.csv";
const templates = Object.values(csvTemplates);

/** Cells a spreadsheet, a careless editor or an attacker might leave. */
const hostileCell = fc.oneof(
  fc.constantFrom("=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1:A9)", "'=1+1", "''-1", "\t=1", "\r=1", '"', '"unclosed', 'a"b', '""', ";", "true; false", "KB5065789 2025-09; KB1", "yes", "N", "", " ", "\u0000", "\uFEFF", "１", "ünïcödé"),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(1999, 2000, 2001, 2500).map((n) => "x".repeat(n)),
);

/** Header rows of one template (shuffled, maybe without id), now and then with a stranger or a header twice. */
const headers = fc.constantFrom(...templates).chain((template) =>
  fc.tuple(
    fc.shuffledSubarray(template.columns.map((c) => c.header), { minLength: 1 }),
    fc.constantFrom([], [], [], ["nonsense"], ["id"], [" id "], ["=HYPERLINK()"]),
  ).map(([chosen, extra]) => [...chosen, ...extra]),
);

/** A CSV file of those headers and hostile rows, quoted as RFC 4180 says, or not (leaving quotes unbalanced). */
const templateShaped = headers.chain((header) =>
  fc
    .tuple(fc.array(fc.array(hostileCell, { minLength: header.length, maxLength: header.length + 1 }), { maxLength: 4 }), fc.boolean(), fc.constantFrom("\n", "\r\n", "\r"))
    .map(([rows, quoted, newline]) =>
      quoted ? stringify([header, ...rows], { record_delimiter: newline }) : [header, ...rows].map((row) => row.join(",")).join(newline),
    ),
);

const hint: fc.Arbitrary<FileHint> = fc.record({ collection: fc.constantFrom(...importCollections) }, { requiredKeys: [] });

describe("readCsvFile, given any text", () => {
  it("answers the rows, each with its id and line, or one clear issue located by line and column", () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 120 }), templateShaped);
    fc.assert(
      fc.property(text, hint, (input, given) => {
        const read = readOrIssue(() => readCsvFile(file, input, given), file);
        if (!read.ok) {
          if (read.issue.location) expect(read.issue.location).toMatch(/^line \d+(, column \S.*)?$/);
          return;
        }
        expect(csvCollections).toContain(read.value.collection);
        for (const row of read.value.rows) {
          expect(typeof row.value.id).toBe("string");
          expect(row.location).toMatch(/^line \d+$/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("reads back exactly what Sightline's CSV export writes, formula-looking text included", () => {
    // Cells are trimmed on import (docs/import.md), so the values carry no outer whitespace.
    const value = fc.oneof(hostileCell, fc.string({ maxLength: 30 })).filter((v) => v !== "" && v === v.trim() && v.length <= 2000 && !v.includes("\u0000"));
    fc.assert(
      fc.property(value, (displayName) => {
        const exported = stringify([["id", "userPrincipalName", "displayName"], ["u-1", "a@contoso.com", formatCell(displayName)]]);
        const read = readCsvFile(file, exported, { collection: "users" });
        expect(read.rows[0].value.displayName).toBe(displayName);
      }),
      { numRuns: 200 },
    );
  });
});
