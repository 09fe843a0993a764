"use client";

import { useId } from "react";
import type { FieldSpec } from "./field-spec";

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none aria-[invalid=true]:border-red-500 dark:border-slate-700 dark:bg-slate-950 read-only:bg-slate-50 dark:read-only:bg-slate-900";

/** One field of a record form with its label, hint and error, wired for assistive technology. */
export function FormField({ field, value, errors }: { field: FieldSpec; value: string | string[] | undefined; errors?: string[] }) {
  const id = useId();
  const error = errors?.[0];
  const describedBy = [error ? `${id}-error` : null, field.hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  const text = typeof value === "string" ? value : "";
  const common = { id, name: field.name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy } as const;

  let input: React.ReactNode;
  if (field.kind === "text") {
    input = (
      <input
        {...common}
        type="text"
        defaultValue={text}
        required={field.required}
        placeholder={field.placeholder}
        autoComplete={field.autoComplete ?? "off"}
        readOnly={field.readOnly}
        className={control}
      />
    );
  } else if (field.kind === "textarea") {
    input = <textarea {...common} defaultValue={text} rows={field.rows ?? 3} placeholder={field.placeholder} className={`${control} font-mono`} />;
  } else if (field.kind === "select" || field.kind === "flag") {
    const options =
      field.kind === "flag"
        ? [
            { value: "", label: "Not recorded" },
            { value: "true", label: "Yes" },
            { value: "false", label: "No" },
          ]
        : [...(field.required ? [] : [{ value: "", label: field.emptyLabel ?? "Not recorded" }]), ...field.options];
    // A stored value the list does not offer (an unknown Graph value) stays selectable, so saving keeps it.
    if (text && !options.some((o) => o.value === text)) options.push({ value: text, label: `${text} (as imported)` });
    input = (
      <select {...common} defaultValue={text} required={field.kind === "select" && field.required} className={control}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else {
    const selected = new Set(Array.isArray(value) ? value : []);
    return (
      <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined} className="space-y-1">
        <legend className="text-sm font-medium text-slate-700 dark:text-slate-200">{field.label}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {field.options.map((o) => (
            <label key={o.value} className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" name={`${field.name}[]`} value={o.value} defaultChecked={selected.has(o.value)} className="h-4 w-4 rounded border-slate-300 text-brand-600 dark:border-slate-600" />
              {o.label}
            </label>
          ))}
        </div>
        <FieldNotes id={id} hint={field.hint} error={error} />
      </fieldset>
    );
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-200">
        {field.label}
        {"required" in field && field.required ? (
          <span className="text-red-700 dark:text-red-300" aria-hidden="true">
            {" "}*
          </span>
        ) : null}
      </label>
      {input}
      <FieldNotes id={id} hint={field.hint} error={error} />
    </div>
  );
}

function FieldNotes({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </>
  );
}
