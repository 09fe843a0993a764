import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCell } from "@/lib/csv/cell";
import { csvCollections, importCollections, type FileHint } from "@/lib/validations/import";
import { hostileCell, templateShapedCsv } from "../testing/hostile-csv";
import { readOrIssue } from "../testing/hostile-input";
import { readCsvFile } from "./read-csv-file";

const file = "rows.csv";

const hint: fc.Arbitrary<FileHint> = fc.record({ collection: fc.constantFrom(...importCollections) }, { requiredKeys: [] });

describe("readCsvFile, given any text", () => {
  it("answers the rows, each with its id and line, or one clear issue located by line and column", () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 120 }), templateShapedCsv);
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
