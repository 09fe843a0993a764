import fc from "fast-check";
import type { UploadFile } from "../upload-file";
import { graphFixture, graphFixtureNames } from "./fixtures";
import { hostileAgentLog } from "./hostile-agent-log";
import { templateShapedCsv } from "./hostile-csv";
import { byteOrderMarks, jsonText, mutatedText, replacedValue } from "./hostile-input";
import { buildZip } from "./zips";

const fixtures = graphFixtureNames.map((name) => graphFixture(name));

const text = (name: string, content: string, hint?: UploadFile["hint"]): UploadFile => ({ name, bytes: Buffer.from(content), hint });

/** One uploaded file: a Graph fixture with wrong-typed values or damaged, a hostile CSV or event log, or noise. */
export const hostileFile: fc.Arbitrary<UploadFile> = fc.oneof(
  fc.constantFrom(...fixtures).chain((f) => replacedValue(f.bytes.toString("utf8")).map((content) => text(f.name, content, f.hint))),
  fc.constantFrom(...fixtures).chain((f) => mutatedText(f.bytes.toString("utf8")).map((content) => text(f.name, content, f.hint))),
  templateShapedCsv.map((content) => text("rows.csv", content)),
  hostileAgentLog.map((content) => text("events.jsonl", content)),
  jsonText.map((content) => text("export.json", content)),
  fc.tuple(fc.constantFrom("a.json", "b.csv", "c.jsonl", "d.txt", "e", "f.zip"), fc.uint8Array({ maxLength: 120 }), fc.option(fc.constantFrom(...byteOrderMarks))).map(([name, bytes, mark]) => ({
    name,
    bytes: mark ? Buffer.concat([mark, bytes]) : Buffer.from(bytes),
  })),
);

/** Up to three files, sometimes put in a zip first. */
export const hostileUpload = fc.record({ files: fc.array(hostileFile, { minLength: 1, maxLength: 3 }), zipped: fc.boolean() });

export async function uploadOf({ files, zipped }: { files: UploadFile[]; zipped: boolean }): Promise<UploadFile[]> {
  if (!zipped) return files;
  const zip = await buildZip(files.map((file, i) => ({ name: `${i}-${file.name}`, content: Buffer.from(file.bytes) })));
  return [{ name: "export.zip", bytes: zip }];
}
