/**
 * Deterministic ids. Demo data, tests and the benchmark must produce the same snapshot on every run,
 * so nothing here reads Math.random or the clock: every id is a hash of a seed string.
 */

// Byte -> two hex digits, so formatting an id is eight lookups per lane instead of toString/padStart.
const hexByte = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
const hex8 = (value: number) => hexByte[(value >>> 24) & 255] + hexByte[(value >>> 16) & 255] + hexByte[(value >>> 8) & 255] + hexByte[value & 255];
const hex4 = (value: number) => hexByte[(value >>> 8) & 255] + hexByte[value & 255];

const mix = (h: number) => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
};

/** Four 32-bit lanes of a multiplicative hash with a final cross-lane avalanche (murmur3 finaliser). */
function hash128(seed: string): [number, number, number, number] {
  let h1 = 0x6a09e667;
  let h2 = 0xbb67ae85;
  let h3 = 0x3c6ef372;
  let h4 = 0xa54ff53a;
  for (let i = 0; i < seed.length; i++) {
    const c = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x9e3779b1);
    h2 = Math.imul(h2 ^ c, 0x85ebca77);
    h3 = Math.imul(h3 ^ c, 0xc2b2ae3d);
    h4 = Math.imul(h4 ^ c, 0x27d4eb2f);
  }
  h1 ^= seed.length;
  const a = mix(h1 + h2);
  const b = mix(h2 + h3 + a);
  const c = mix(h3 + h4 + b);
  const d = mix(h4 + h1 + c);
  return [a, b, c, d];
}

/** A GUID-shaped id (version 4 layout) derived from `seed`: the same seed always gives the same id. */
export function guid(seed: string): string {
  const [a, b, c, d] = hash128(seed);
  // xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx, V one of 8, 9, a, b (RFC 4122 variant).
  return (
    hex8(a) + "-" + hex4(b >>> 16) + "-" + hex4((b & 0x0fff) | 0x4000) + "-" + hex4(((c >>> 16) & 0x3fff) | 0x8000) + "-" + hex4(c) + hex8(d)
  );
}

const tagAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A short upper-case tag such as the `%RAND:5%` of a Cloud PC name, read off an id's own hex digits. */
export function tagFromId(id: string, length = 5): string {
  let out = "";
  // One hex digit per character, skipping the dash at 8: up to 12 characters.
  for (let i = 0; i < length; i++) out += tagAlphabet[parseInt(id[i < 8 ? i : i + 1], 16) * 2 + (i & 1)];
  return out;
}

const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Base64 of the 16 bytes of a GUID, the shape of Entra Connect's `onPremisesImmutableId` (sourceAnchor). */
export function immutableIdFrom(id: string): string {
  const hex = id.replace(/-/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += base64Alphabet[(n >> 18) & 63] + base64Alphabet[(n >> 12) & 63];
    out += i + 1 < bytes.length ? base64Alphabet[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? base64Alphabet[n & 63] : "=";
  }
  return out;
}
