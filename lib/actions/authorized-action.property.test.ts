import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/session";
import { seedContoso } from "@/lib/inventory/test-fixtures";
import { listEndpoints } from "@/lib/security/endpoints";
import { databaseState } from "@/lib/tenant-data/testing/database-checksum";
import { hostileObject, hostileValue, shapeOf } from "@/lib/validations/testing/hostile-values";
import { formDataToObject } from "./form-data";
import type { ActionResult } from "./result";

// Every server action in app/, called by an admin (so no refusal hides the input check) with input its
// schema refuses: the answer is the field errors, and nothing is written.
const admin: Viewer = { id: "admin-id", email: "admin@sightline.test", name: "admin", role: "admin" };
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => admin }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }) }));

const root = path.resolve(import.meta.dirname, "../..");
const actions = listEndpoints(root).filter((endpoint) => endpoint.kind === "action");

/**
 * The schema an action was built with, read from its file (`authorizedAction("perm", Schema, ...)`)
 * and imported from the module the file imports it from, so a new action is tested as it is added.
 */
async function schemaOf(file: string, exportName: string): Promise<z.ZodType> {
  const source = readFileSync(path.join(root, file), "utf8");
  const name = new RegExp(`export const ${exportName} = authorizedAction\\(\\s*"[^"]+",\\s*([A-Za-z0-9_]+)`).exec(source)?.[1];
  if (!name) throw new Error(`${file}#${exportName} is not built with authorizedAction(permission, Schema, work)`);
  for (const [, names, from] of source.matchAll(/import \{([^}]*)\} from "(@\/lib\/[^"]+)"/g)) {
    if (!names.split(",").some((part) => part.trim() === name)) continue;
    const schema = ((await import(/* @vite-ignore */ path.join(root, from.replace(/^@\//, "")))) as Record<string, unknown>)[name];
    if (schema instanceof z.ZodType) return schema;
  }
  throw new Error(`the schema ${name} of ${file}#${exportName} is not imported from lib/`);
}

/** Form fields as a browser (or a crafted POST) sends them: strings and files, under the schema's names and others. */
function hostileForm(schema: z.ZodType): fc.Arbitrary<FormData> {
  const keys = Object.keys(shapeOf(schema) ?? {});
  const name = fc.oneof(fc.constantFrom(...keys, ...keys.map((k) => `${k}[]`), "$ACTION_ID_x", "__proto__", "constructor"), fc.string({ maxLength: 10 }));
  const value = fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.constantFrom("", "NaN", "Infinity", "-0", "1e400", "x".repeat(5000)), fc.constant(null));
  return fc.array(fc.tuple(name, value), { maxLength: 8 }).map((fields) => {
    const form = new FormData();
    for (const [key, item] of fields) form.append(key, item ?? new File(["data"], "upload.bin"));
    return form;
  });
}

beforeAll(async () => {
  // Data for the actions to change, so "nothing is written" means something.
  await seedContoso("Contoso (hostile action input)");
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

describe("server actions given input their schema refuses", () => {
  it("finds the app's actions", () => {
    expect(actions.length).toBeGreaterThan(10);
  });

  it.each(actions.map((action) => [action.name, action] as const))("%s answers with the field errors and writes nothing", async (_name, action) => {
    const schema = await schemaOf(action.file, action.exportName);
    const run = ((await import(/* @vite-ignore */ path.join(root, action.file))) as Record<string, (input: unknown) => Promise<ActionResult<unknown>>>)[action.exportName];
    const before = await databaseState();
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileObject(schema), hostileValue.filter(isRecord), hostileForm(schema)), async (input) => {
        fc.pre(!schema.safeParse(input instanceof FormData ? formDataToObject(input) : input).success);
        const result = await run(input);
        expect(result).toMatchObject({ ok: false, message: "Some fields need attention." });
        if (result.ok) return;
        const fieldErrors = Object.entries(result.fieldErrors ?? {});
        expect(fieldErrors.length).toBeGreaterThan(0);
        for (const [field, messages] of fieldErrors) {
          expect(field).not.toBe("");
          expect(messages.length).toBeGreaterThan(0);
          for (const message of messages) expect(message.trim()).not.toBe("");
        }
      }),
      { numRuns: 15 },
    );
    expect(await databaseState()).toEqual(before);
  });
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !(value instanceof FormData);
