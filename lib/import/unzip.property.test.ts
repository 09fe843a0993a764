import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ImportFileError } from "./issues";
import { graphFixture, graphFixtureNames } from "./testing/fixtures";
import { expectClearIssue, mutatedBytes } from "./testing/hostile-input";
import { buildZip } from "./testing/zips";
import { expandZips } from "./unzip";
import type { UploadFile } from "./upload-file";

const archive = "export.zip";

/** Expands the upload; anything thrown but a clear issue about the archive fails the property. */
async function expandOrIssue(files: UploadFile[]) {
  try {
    return { ok: true as const, files: await expandZips(files) };
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    expectClearIssue(error.issue, files.map((f) => f.name));
    return { ok: false as const, issue: error.issue };
  }
}

let valid: Buffer;
beforeAll(async () => {
  valid = await buildZip(graphFixtureNames.slice(0, 3).map((name) => ({ name: `graph/${name}`, content: graphFixture(name).bytes })));
});

describe("expandZips, given any bytes as a zip", () => {
  it("answers the entries under the archive's name, or a clear issue, for random and damaged archives", async () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)), mutatedBytes(valid));
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom(archive, "no-extension"), async (input, name) => {
        const read = await expandOrIssue([{ name, bytes: input }]);
        if (!read.ok) return;
        for (const entry of read.files) expect(entry.name === name || entry.name.startsWith(`${name}/`)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("refuses an entry whose name leaves the archive's folder, and reads one that does not", async () => {
    const segment = fc.oneof(fc.constantFrom("..", ".", "a", "users.json", "C:", "\\", "%2e%2e", "__MACOSX", ".DS_Store"), fc.stringMatching(/^[A-Za-z0-9._-]{1,8}$/));
    const entryName = fc.oneof(
      fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("/")),
      fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => `/${parts.join("/")}`),
      fc.array(segment, { minLength: 2, maxLength: 3 }).map((parts) => parts.join("\\")),
    );
    await fc.assert(
      fc.asyncProperty(entryName.filter((n) => !n.endsWith("/") && !/\.zip$/i.test(n)), async (name) => {
        const zip = renameOnlyEntry(await buildZip([{ name: "p".repeat(name.length), content: Buffer.from("[]") }]), name);
        const read = await expandOrIssue([{ name: archive, bytes: zip }]);
        const escapes = name.startsWith("/") || name.includes("\\") || name.split("/").includes("..") || /^[A-Za-z]:/.test(name);
        expect(read.ok).toBe(!escapes);
        if (read.ok) expect(read.files.map((f) => f.name)).toEqual(isClutter(name) ? [] : [`${archive}/${name}`]);
        else expect(read.issue).toMatchObject({ file: archive, message: expect.stringMatching(/points outside the zip's folder/) });
      }),
      { numRuns: 80 },
    );
  });

  it("refuses a zip inside a zip, however deep or however its name is cased", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 }), fc.constantFrom("inner.zip", "INNER.ZIP", "a/b.Zip"), async (depth, innerName) => {
        let bytes = await buildZip([{ name: "users.json", content: Buffer.from("[]") }]);
        for (let i = 0; i < depth; i++) bytes = await buildZip([{ name: innerName, content: bytes }]);
        const read = await expandOrIssue([{ name: archive, bytes }]);
        expect(read).toMatchObject({ ok: false, issue: { file: `${archive}/${innerName}`, message: expect.stringMatching(/zip inside a zip/) } });
      }),
      { numRuns: 12 },
    );
  });
});

const isClutter = (name: string) => name.startsWith("__MACOSX/") || /(^|\/)\.DS_Store$/.test(name);

/**
 * yazl writes only safe names, so a zip of one entry is written under a placeholder of the same
 * length and the name is put in its place in the local header and the central directory, whose
 * offsets the zip format fixes (searching the bytes for a short placeholder could hit the data).
 */
function renameOnlyEntry(zip: Buffer, name: string): Buffer {
  const out = Buffer.from(zip);
  const central = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  for (const [header, lengthAt, nameAt] of [[0, 26, 30], [central, 28, 46]]) {
    if (out.readUInt16LE(header + lengthAt) !== name.length) throw new Error("the placeholder's length differs");
    out.write(name, header + nameAt, "latin1");
  }
  return out;
}
