import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importCollections } from "@/lib/validations/import";
import { importLimits } from "./limits";
import { jsonText } from "./testing/hostile-input";
import { readUploadRequest } from "./upload-request";

const url = "http://127.0.0.1/api/import/preview";

/** Options as the page sends them, with a field now and then of the wrong type, or hostile JSON instead. */
const validOptions = fc.record(
  {
    tenantId: fc.string({ minLength: 1, maxLength: 20 }),
    hints: fc.array(fc.record({ collection: fc.constantFrom(...importCollections) }, { requiredKeys: [] }), { maxLength: 3 }),
    removeMissing: fc.boolean(),
    expectedPlanHash: fc.stringMatching(/^[0-9a-f]{64}$/),
  },
  { requiredKeys: ["tenantId"] },
);
const options = fc.oneof(
  validOptions.map((o) => JSON.stringify(o)),
  fc.tuple(validOptions, fc.constantFrom("tenantId", "hints", "removeMissing", "expectedPlanHash", "__proto__"), jsonText).map(([o, key, value]) => {
    const text = JSON.stringify(o);
    return `{${JSON.stringify(key)}:${value}${text.length > 2 ? "," : ""}${text.slice(1)}`;
  }),
  jsonText,
  fc.string({ unit: "binary", maxLength: 30 }),
);

const fileEntry = fc.record({ name: fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), fc.constantFrom("", "../../etc/passwd", "a\u0000b.json", "users.json")), content: fc.uint8Array({ maxLength: 64 }) });

/** A multipart form built by fetch, with the files, the options, and sometimes a stray text field named files. */
const formBody = fc.record({ files: fc.array(fileEntry, { maxLength: 3 }), options: fc.option(options), strayText: fc.boolean() }).map(({ files, options: text, strayText }) => {
  const form = new FormData();
  for (const file of files) form.append("files", new File([file.content], file.name));
  if (strayText) form.append("files", "not a file");
  if (text !== null) form.append("options", text);
  return { form, files };
});

describe("readUploadRequest, given any request", () => {
  it("answers the fields and files, or a 400 or 413 with a message; it never throws", async () => {
    await fc.assert(
      fc.asyncProperty(formBody, async ({ form, files }) => {
        const upload = await readUploadRequest(new Request(url, { method: "POST", body: form }));
        if (!upload.ok) {
          expect(upload.status).toBe(400);
          expect(upload.message).toMatch(/^(The upload|Every file|Send the files)/);
          expect(upload.message).not.toMatch(/\bundefined\b|\[object Object\]/);
          return;
        }
        expect(upload.files.map((file) => Buffer.from(file.bytes))).toEqual(files.map((file) => Buffer.from(file.content)));
        upload.files.forEach((file, i) => {
          expect(file.name).not.toBe("");
          expect(file.hint).toEqual(upload.fields.hints[i]);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("refuses raw bytes and any content type other than a form, and a declared length over the limit, with the right status", async () => {
    const contentType = fc.constantFrom("multipart/form-data; boundary=x", "multipart/form-data", "multipart/form-data; boundary=", "application/json", "text/plain", "");
    const declared = fc.oneof(fc.constant(null), fc.constantFrom("-1", "abc", "1e400", "0x10", " 12 ", String(importLimits.maxUploadBytes * 2)), fc.nat().map(String));
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), contentType, declared, async (bytes, type, length) => {
        const headers = new Headers({ "content-type": type });
        if (length !== null) headers.set("content-length", length);
        // A server receives Content-Length, which fetch's Request would drop: the same shape with the header kept.
        const request = { body: new Blob([bytes]).stream(), headers } as unknown as Request;
        const upload = await readUploadRequest(request);
        expect(upload.ok).toBe(false);
        if (upload.ok) return;
        // A length that is not a number is left to the HTTP server, which refuses it before the app sees it.
        const over = length !== null && Number.isFinite(Number(length)) && Number(length) > importLimits.maxUploadBytes;
        expect(upload.status).toBe(over ? 413 : 400);
        expect(upload.message.trim()).not.toBe("");
      }),
      { numRuns: 100 },
    );
  });

  it("names the option at fault", async () => {
    const read = async (options: string) => {
      const form = new FormData();
      form.append("options", options);
      return readUploadRequest(new Request(url, { method: "POST", body: form }));
    };
    expect(await read("{}")).toMatchObject({ status: 400, message: "The upload's options are not valid: tenantId is missing." });
    expect(await read('{"tenantId":"t","removeMissing":"yes"}')).toMatchObject({ message: expect.stringMatching(/^The upload's options are not valid: removeMissing: .*expected boolean/) });
    expect(await read('{"tenantId":"t","hints":[{"collection":"nope"}]}')).toMatchObject({ message: expect.stringMatching(/: hints\.0\.collection: /) });
  });
});
