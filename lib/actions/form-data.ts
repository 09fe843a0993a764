/** Turns FormData into a plain object for zod; keys ending in [] collect every value. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    if (key.endsWith("[]")) out[key.slice(0, -2)] = form.getAll(key).filter((v) => typeof v === "string");
    else {
      const value = form.get(key);
      out[key] = typeof value === "string" ? value : value;
    }
  }
  return out;
}
