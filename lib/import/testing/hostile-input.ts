import fc from "fast-check";
import { expect } from "vitest";
import { ImportFileError, type ImportIssue } from "../issues";

/**
 * fast-check arbitraries for the import's property tests: what a careless export, a damaged download
 * or a hostile admin might upload. Every reader must answer each with its own clear error.
 */

/** Property names that reach an object's prototype, shadow its methods, or mean something to a reader. */
export const hostileKeys = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "",
  " ",
  "\u0000",
  "id",
  "value",
  "record",
  "@odata.context",
  "@odata.type",
  "@odata.nextLink",
  "@odata.count",
  "error",
  "snapshotVersion",
  "sightline",
] as const;

const key = fc.oneof(fc.constantFrom(...hostileKeys), fc.string({ unit: "binary", maxLength: 12 }));

/** JSON scalars as text, with numbers JSON.parse turns into Infinity, -0 or a rounded value. */
export const scalarText = fc.oneof(
  fc.constantFrom("null", "true", "false", "0", "-0", "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "9007199254740993", "-1", "1.5", '""'),
  fc.string({ unit: "binary", maxLength: 40 }).map((s) => JSON.stringify(s)),
  fc.double().map((n) => JSON.stringify(n)),
);

/** Any JSON document as text, its objects keyed with hostile names among others. */
export const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalarText, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }).map((items) => `[${items.join(",")}]`),
  object: fc.array(fc.tuple(key, tie("value")), { maxLength: 5 }).map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`),
})).value;

/** Brackets nested far deeper than any real file, closed or left open, bare or under a property. */
export const deepNesting = fc
  .record({ depth: fc.integer({ min: 65, max: 150_000 }), open: fc.constantFrom("[", '{"a":', '{"value":[', '[{"id":"x","p":'), closed: fc.boolean() })
  .map(({ depth, open, closed }) => {
    const close = open === "[" ? "]" : open === '{"a":' ? "}" : open === '{"value":[' ? "]}" : "}]";
    return open.repeat(depth) + "0" + (closed ? close.repeat(depth) : "");
  });

/** The byte order marks an editor may put before text. */
export const byteOrderMarks = [Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

/** Text damaged the way files are: cut short, a piece lost or doubled, characters dropped in. */
export function mutatedText(valid: string): fc.Arbitrary<string> {
  const at = fc.nat({ max: valid.length });
  const junk = fc.oneof(
    fc.string({ unit: "binary", maxLength: 8 }),
    fc.constantFrom("\u0000", "\uFEFF", '"', "\\", "{", "[", "]", "}", ",", ":", "\n", "\r", "1e400", "__proto__", '"__proto__":{},', '"constructor":{"prototype":{}},'),
  );
  return fc.oneof(
    at.map((end) => valid.slice(0, end)),
    fc.tuple(at, fc.nat({ max: 200 })).map(([start, length]) => valid.slice(0, start) + valid.slice(start + length)),
    fc.tuple(at, junk).map(([start, inserted]) => valid.slice(0, start) + inserted + valid.slice(start)),
    fc.tuple(at, fc.nat({ max: 200 })).map(([start, length]) => valid.slice(0, start + length) + valid.slice(start)),
  );
}

/** Bytes damaged: cut short, or some flipped. */
export function mutatedBytes(valid: Buffer): fc.Arbitrary<Buffer> {
  const at = fc.nat({ max: Math.max(0, valid.length - 1) });
  return fc.oneof(
    at.map((end) => valid.subarray(0, end)),
    fc.array(fc.tuple(at, fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 }).map((flips) => {
      const out = Buffer.from(valid);
      for (const [offset, mask] of flips) out[offset] ^= mask;
      return out;
    }),
  );
}

/**
 * A valid JSON document with the value at one of its paths replaced by hostile JSON text, or with a
 * hostile property added to one of its objects: right-shaped files with wrong-typed values.
 */
export function replacedValue(validJson: string): fc.Arbitrary<string> {
  const document = JSON.parse(validJson) as unknown;
  const paths = pathsOf(document);
  const objectPaths = paths.filter((path) => isObject(at(document, path)));
  const marker = "\u0001hostile\u0001";
  const withMarker = (path: (string | number)[], add: string | null) => {
    const copy = structuredClone(document);
    if (add === null) {
      if (path.length === 0) return JSON.stringify(marker);
      (at(copy, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1]] = marker;
    } else {
      (at(copy, path) as Record<string, unknown>)[add] = marker;
    }
    return JSON.stringify(copy);
  };
  const placeholder = JSON.stringify(marker);
  const replaced = fc.tuple(fc.constantFrom(...paths), jsonText).map(([path, value]) => withMarker(path, null).replace(placeholder, value));
  if (objectPaths.length === 0) return replaced;
  // A hostile key cannot be set on a plain object by assignment (`__proto__` would change its prototype), so it is spliced in as text.
  const added = fc
    .tuple(fc.constantFrom(...objectPaths), key, jsonText)
    .map(([path, name, value]) => withMarker(path, "\u0002added\u0002").replace(`${JSON.stringify("\u0002added\u0002")}:${placeholder}`, `${JSON.stringify(name)}:${value}`));
  return fc.oneof(replaced, added);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function at(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown>)[segment], value);
}

function pathsOf(value: unknown, base: (string | number)[] = []): (string | number)[][] {
  const own: (string | number)[][] = [base];
  if (Array.isArray(value)) return own.concat(value.flatMap((item, i) => pathsOf(item, [...base, i])));
  if (isObject(value)) return own.concat(Object.entries(value).flatMap(([k, item]) => pathsOf(item, [...base, k])));
  return own;
}

const locationPattern = /^(line \d+(, column [^\s].*)?|\$.*)$/;

/** An issue a person can act on: it names a file, says what is wrong, and locates it in a known form when it can. */
export function expectClearIssue(issue: ImportIssue, files?: readonly string[]): void {
  expect(issue.file.trim()).not.toBe("");
  if (files) expect(files.some((file) => issue.file === file || issue.file.startsWith(`${file}/`)) || issue.file.startsWith("(")).toBe(true);
  expect(issue.message.trim()).not.toBe("");
  expect(issue.message).not.toMatch(/\bundefined\b|\[object Object\]|\s$/);
  if (issue.location !== undefined) expect(issue.location).toMatch(locationPattern);
}

/** Runs a reader; anything thrown that is not an ImportFileError with a clear issue fails the property with the error itself. */
export function readOrIssue<T>(read: () => T, file: string): { ok: true; value: T } | { ok: false; issue: ImportIssue } {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    expectClearIssue(error.issue, [file]);
    return { ok: false, issue: error.issue };
  }
}
