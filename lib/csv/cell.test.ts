import { describe, expect, it } from "vitest";
import { unneutralize } from "@/lib/import/csv/cells";
import { neutralizeCell } from "./cell";

describe("formula neutralization and the import's undoing of it", () => {
  it("quotes what a spreadsheet would run, and what already starts with quotes before it", () => {
    expect(["=1+1", "'=1+1", "''@SUM(A1)", "'plain", "safe"].map(neutralizeCell)).toEqual(["'=1+1", "''=1+1", "'''@SUM(A1)", "'plain", "safe"]);
  });

  it("gives back every exported value exactly, a value that began with a quote included", () => {
    for (const value of ["=1+1", "'=1+1", "''-2", "'plain", "it's", "safe"]) expect(unneutralize(neutralizeCell(value))).toBe(value);
  });
});
