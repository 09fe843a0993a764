/**
 * Reading an upload's body with a bound on its size. A declared Content-Length over the bound is
 * refused before a byte is read; a body sent without one (chunked), or longer than it declared, is
 * refused as soon as it passes the bound, and the rest of it is never read.
 */

/** Whether the request declares a Content-Length over `limit`. */
export function declaresMoreThan(request: Request, limit: number): boolean {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  return Number.isFinite(declared) && declared > limit;
}

/** The request body, or null when it declares or passes more than `limit` bytes. */
export async function readBodyAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (declaresMoreThan(request, limit)) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The body as UTF-8 text (a byte order mark dropped, as Request.text() does), or null past `limit` bytes. */
export async function readTextAtMost(request: Request, limit: number): Promise<string | null> {
  const body = await readBodyAtMost(request, limit);
  return body === null ? null : new TextDecoder().decode(body);
}
