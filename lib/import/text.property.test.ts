import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importLimits } from "./limits";
import { graphFixture, graphFixtureNames } from "./testing/fixtures";
import { byteOrderMarks, deepNesting, jsonText, mutatedText, readOrIssue } from "./testing/hostile-input";
import { decodeText, parseJson } from "./text";

const file = "export.json";
const fixtureTexts = graphFixtureNames.map((name) => graphFixture(name).bytes.toString("utf8"));

describe("decodeText, given any bytes", () => {
  it("answers text without NUL bytes, or an issue at a line and column", () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.tuple(fc.constantFrom(...byteOrderMarks), fc.uint8Array({ maxLength: 100 })).map(([mark, rest]) => Buffer.concat([mark, rest])),
      fc.string({ unit: "binary", maxLength: 100 }).map((s) => Buffer.from(s, "utf8")),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const read = readOrIssue(() => decodeText(file, input), file);
        if (read.ok) expect(read.value).not.toContain("\u0000");
        else expect(read.issue.location).toMatch(/^line \d+, column \d+$/);
      }),
      { numRuns: 200 },
    );
  });

  it("reads any text back exactly, in UTF-8 with or without a byte order mark and in UTF-16 with one", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 60 }).filter((s) => !s.includes("\u0000"));
    fc.assert(
      fc.property(text, fc.constantFrom("utf8", "utf8-bom", "utf16le", "utf16be"), (original, encoding) => {
        const utf16le = Buffer.from(original, "utf16le");
        const bytes = {
          utf8: Buffer.from(original, "utf8"),
          "utf8-bom": Buffer.concat([byteOrderMarks[0], Buffer.from(original, "utf8")]),
          utf16le: Buffer.concat([byteOrderMarks[1], utf16le]),
          utf16be: Buffer.concat([byteOrderMarks[2], Buffer.from(utf16le).swap16()]),
        }[encoding];
        // A byte order mark is taken off once; a second one after it is text, but the UTF-16 decoders take it too.
        expect(decodeText(file, bytes)).toBe(encoding === "utf8-bom" ? original : original.replace(/^\uFEFF/, ""));
      }),
      { numRuns: 150 },
    );
  });
});

describe("parseJson, given any text", () => {
  it("answers what JSON.parse does, or an issue located in the text", () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), jsonText, fc.constantFrom(...fixtureTexts).chain(mutatedText));
    fc.assert(
      fc.property(text, (input) => {
        const read = readOrIssue(() => parseJson(file, input), file);
        if (read.ok) expect(read.value).toEqual(JSON.parse(input));
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a __proto__ property wherever it sits, at its JSON path", () => {
    fc.assert(
      fc.property(jsonText, (input) => {
        const read = readOrIssue(() => parseJson(file, input), file);
        const holdsProto = hasProtoKey(JSON.parse(input));
        expect(read.ok).toBe(!holdsProto);
        if (!read.ok) expect(read.issue).toMatchObject({ location: expect.stringMatching(/\.__proto__$/), message: expect.stringMatching(/__proto__ is not accepted/) });
      }),
      { numRuns: 200 },
    );
  });

  it("refuses nesting deeper than a Graph response's, closed or not, without running out of stack", () => {
    fc.assert(
      fc.property(deepNesting, (input) => {
        const read = readOrIssue(() => parseJson(file, input), file);
        expect(read.ok).toBe(false);
        if (!read.ok) expect(read.issue.message).toMatch(new RegExp(`deeper than ${importLimits.maxJsonDepth} levels`));
      }),
      { numRuns: 60 },
    );
  });

  it("still reads a document nested exactly as deep as allowed", () => {
    const depth = importLimits.maxJsonDepth;
    expect(parseJson(file, "[".repeat(depth) + "]".repeat(depth))).toBeInstanceOf(Array);
    expect(() => parseJson(file, "[".repeat(depth + 1) + "]".repeat(depth + 1))).toThrow(/deeper than/);
  });
});

function hasProtoKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasProtoKey);
  if (typeof value !== "object" || value === null) return false;
  return Object.keys(value).some((key) => key === "__proto__" || hasProtoKey((value as Record<string, unknown>)[key]));
}
