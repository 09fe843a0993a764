import { describe, expect, it } from "vitest";
import { importLimits } from "./limits";
import { readUploadRequest } from "./upload-request";

const url = "http://127.0.0.1/api/import/preview";

function form(options: unknown, files: [string, string][]): FormData {
  const body = new FormData();
  for (const [name, text] of files) body.append("files", new File([text], name, { type: "application/json" }));
  body.append("options", JSON.stringify(options));
  return body;
}

describe("reading an upload from the Import page", () => {
  it("reads the files in order with their hints and the options", async () => {
    const request = new Request(url, { method: "POST", body: form({ tenantId: "t-1", hints: [{}, { collection: "users" }], removeMissing: true }, [["a.json", "[]"], ["b.json", "{}"]]) });
    const upload = await readUploadRequest(request);
    if (!upload.ok) throw new Error(upload.message);
    expect(upload.fields).toMatchObject({ tenantId: "t-1", removeMissing: true });
    expect(upload.files.map((f) => [f.name, Buffer.from(f.bytes).toString(), f.hint])).toEqual([
      ["a.json", "[]", {}],
      ["b.json", "{}", { collection: "users" }],
    ]);
  });

  it("refuses a declared length over the limit before reading a byte", async () => {
    let pulled = false;
    const body = new ReadableStream({ pull() { pulled = true; } }, { highWaterMark: 0 });
    // A Request drops Content-Length (a forbidden header in fetch); what a server receives carries it.
    const request = { body, headers: new Headers({ "content-type": "multipart/form-data; boundary=x", "content-length": String(importLimits.maxUploadBytes * 2) }) } as unknown as Request;
    expect(await readUploadRequest(request)).toMatchObject({ ok: false, status: 413 });
    expect(pulled).toBe(false);
  });

  it("stops reading a body without a length as soon as it passes the limit", async () => {
    const chunk = new Uint8Array(8 * 1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
        if (sent > importLimits.maxUploadBytes * 3) controller.close();
      },
    });
    const request = new Request(url, { method: "POST", body, headers: { "content-type": "multipart/form-data; boundary=x" }, duplex: "half" } as RequestInit);
    expect(await readUploadRequest(request)).toMatchObject({ ok: false, status: 413 });
    expect(sent).toBeLessThan(importLimits.maxUploadBytes * 1.2);
  });

  it("refuses what is not a form, and options that are not valid", async () => {
    expect(await readUploadRequest(new Request(url, { method: "POST", body: "{}", headers: { "content-type": "application/json" } }))).toMatchObject({ ok: false, status: 400 });
    expect(await readUploadRequest(new Request(url, { method: "POST", body: form({ hints: [] }, []) }))).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/options are not valid/) });
    const bad = new FormData();
    bad.append("options", "{not json");
    expect(await readUploadRequest(new Request(url, { method: "POST", body: bad }))).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
  });
});
