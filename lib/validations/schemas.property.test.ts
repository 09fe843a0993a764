import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hostileObject, hostileValue, shapeOf } from "./testing/hostile-values";
import { validInputs } from "./testing/valid-inputs";

// Every exported zod schema of lib/validations (and of the agent session event log's lines), found by
// importing the modules: a schema added later is tested without anyone listing it here.
const folders = [import.meta.dirname, path.resolve(import.meta.dirname, "../import/agent-events")];
const schemaFiles = folders.flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith(".ts") && !file.includes(".test.") && (dir === import.meta.dirname || file === "format.ts"))
    .map((file) => path.join(dir, file)),
);
const schemas = (
  await Promise.all(
    schemaFiles.map(async (file) =>
      Object.entries((await import(/* @vite-ignore */ file)) as Record<string, unknown>)
        .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
        .map(([name, schema]) => ({ key: `${path.basename(file)}#${name}`, schema })),
    ),
  )
).flat();

const isPlainObject = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

describe("the zod schemas", () => {
  it("are found, and each has inputs it must accept", () => {
    expect(schemas.length).toBeGreaterThan(50);
    const keys = schemas.map((s) => s.key);
    const withoutSample = keys.filter((key) => !(key in validInputs) && schemas.find((s) => s.key === key)!.schema.def.type !== "enum");
    expect(withoutSample, "schemas without valid inputs in lib/validations/testing/valid-inputs.ts").toEqual([]);
    expect(Object.keys(validInputs).filter((key) => !keys.includes(key)), "valid inputs of schemas that no longer exist").toEqual([]);
  });

  describe.each(schemas)("$key", ({ key, schema }) => {
    it("never throws on hostile input, and a refusal says what is wrong and where", () => {
      fc.assert(
        fc.property(fc.oneof(hostileValue, hostileObject(schema)), (input) => {
          const result = schema.safeParse(input);
          if (result.success) {
            // Nothing reaches the output through a prototype: what it holds, it holds as its own.
            if (isPlainObject(result.data)) for (const field in result.data as object) expect(Object.hasOwn(result.data as object, field)).toBe(true);
            expect((result.data as { polluted?: unknown } | null)?.polluted).toBeUndefined();
            return;
          }
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) {
            expect(typeof issue.message).toBe("string");
            expect(issue.message.trim()).not.toBe("");
            for (const segment of issue.path) expect(["string", "number"]).toContain(typeof segment);
            // A field's problem names the field, so a form can show it beside the field.
            if (isPlainObject(input) && shapeOf(schema) && issue.code !== "unrecognized_keys" && issue.code !== "custom") expect(issue.path.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 60 },
      );
    });

    it("accepts valid input", () => {
      const valid = schema.def.type === "enum" ? fc.constantFrom(...(schema as z.ZodEnum).options) : validInputs[key];
      fc.assert(
        fc.property(valid, (input) => {
          const result = schema.safeParse(input);
          expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
        }),
        { numRuns: 25 },
      );
    });
  });
});
