import fc from "fast-check";
import type { z } from "zod";

/** Values a crafted request may carry: every JavaScript type, odd numbers, huge and strange strings. */
export const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withObjectString: true }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308, "NaN", "Infinity", "-0", "1e400", "", " ", "\u0000", "\uFEFF", "０", new Date(Number.NaN), [], {}, null, undefined, true),
  fc.constantFrom(Symbol.for("sightline"), () => "function", Object.create(null), { valueOf: () => { throw new Error("valueOf"); }, toString: () => { throw new Error("toString"); } }),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => "x".repeat(n)),
  fc.string({ unit: "binary", maxLength: 50 }),
);

/** An object with the schema's own keys holding hostile values, plus keys that reach for the prototype. */
export function hostileObject(schema: z.ZodType): fc.Arbitrary<unknown> {
  const shape = shapeOf(schema);
  const keys = shape ? Object.keys(shape) : ["id", "tenantId"];
  return fc
    .tuple(fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: keys.length }), fc.subarray(["__proto__", "constructor", "prototype", "toString"]), hostileValue)
    .map(([fields, extra, value]) => {
      // JSON.parse makes `__proto__` an own property, as a request body would.
      const out = JSON.parse(`{${extra.map((key) => `${JSON.stringify(key)}:{"polluted":true}`).join(",")}}`) as Record<string, unknown>;
      for (const [key, item] of Object.entries(fields)) Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
      if (extra.includes("constructor")) out.constructor = value;
      return out;
    });
}

/** The object shape under a schema's pipes, defaults and catches, if it has one. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  const def = schema.def as { type: string; shape?: Record<string, z.ZodType>; in?: z.ZodType; innerType?: z.ZodType };
  if (def.type === "object") return def.shape ?? null;
  if (def.type === "pipe" && def.in) return shapeOf(def.in);
  if (def.innerType) return shapeOf(def.innerType);
  return null;
}
