/**
 * A record form described as data, so a server page can hand it to the client form: every entity's
 * form is a list of sections of these.
 */
interface FieldBase {
  name: string;
  label: string;
  hint?: string;
}

export type FieldSpec =
  | (FieldBase & { kind: "text"; required?: boolean; placeholder?: string; autoComplete?: string; readOnly?: boolean })
  | (FieldBase & { kind: "textarea"; rows?: number; placeholder?: string })
  | (FieldBase & { kind: "select"; options: { value: string; label: string }[]; emptyLabel?: string; required?: boolean })
  /** A fact that may be true, false or not recorded. */
  | (FieldBase & { kind: "flag" })
  | (FieldBase & { kind: "checkboxes"; options: { value: string; label: string }[] });

export interface FieldSection {
  title: string;
  description?: string;
  fields: FieldSpec[];
}

const flagLabels: Record<string, string> = { "": "Not recorded", true: "Yes", false: "No" };

/** How a field's value reads to a person (option labels, not stored values): used by the conflict view. */
export function displayValue(field: FieldSpec, value: string | string[] | undefined): string {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  if (field.kind === "flag") return flagLabels[typeof value === "string" ? value : ""] ?? String(value);
  if (list.length === 0) return field.kind === "select" && field.emptyLabel ? field.emptyLabel : "(empty)";
  if (field.kind === "select" || field.kind === "checkboxes") {
    return list.map((v) => field.options.find((o) => o.value === v)?.label ?? v).join(", ");
  }
  return list.join(", ");
}

/** Two values of a field are the same when they read the same (lists compare as sets, text trimmed). */
export function sameValue(a: string | string[] | undefined, b: string | string[] | undefined): boolean {
  const norm = (v: string | string[] | undefined) => (Array.isArray(v) ? [...v].sort().join("\u0001") : (v ?? "").trim().replace(/\r\n/g, "\n"));
  return norm(a) === norm(b);
}
