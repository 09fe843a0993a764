"use client";

import { useActionState, useEffect, useRef, useState, startTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { Button, buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { FormValues } from "@/lib/inventory/form-values";
import { inventoryKeys } from "@/lib/ui/query-keys";
import { ConflictNotice } from "./conflict-notice";
import type { FieldSection } from "./field-spec";
import { FormField } from "./form-field";

type SaveAction = (input: FormData) => Promise<ActionResult<{ id: string }>>;

function valuesOf(form: HTMLFormElement, sections: FieldSection[]): FormValues {
  const data = new FormData(form);
  const values: FormValues = {};
  for (const field of sections.flatMap((s) => s.fields)) {
    values[field.name] = field.kind === "checkboxes" ? data.getAll(`${field.name}[]`).map(String) : String(data.get(field.name) ?? "");
  }
  return values;
}

/**
 * The create and edit form of an inventory record. It posts through a server action (which checks the
 * role and validates with the shared zod schema), shows per-field errors, and on a conflict keeps the
 * input and shows the other person's values beside it. Submitting from `onSubmit` rather than the
 * form's `action` prop keeps React from resetting the fields after a refused save.
 */
export function RecordForm({
  sections,
  initial,
  record,
  save,
  submitLabel,
  cancelHref,
  detailBasePath,
}: {
  sections: FieldSection[];
  initial: FormValues;
  /** The record being edited and the version the form was opened on; absent when creating. */
  record?: { id: string; version: number };
  save: SaveAction;
  submitLabel: string;
  cancelHref: string;
  /** Where the saved record is shown: `<detailBasePath>/<id>`. */
  detailBasePath: string;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const noticeRef = useRef<HTMLElement | null>(null);
  const [version, setVersion] = useState(record?.version);
  const [yours, setYours] = useState<FormValues>(initial);
  const [defaults, setDefaults] = useState<{ values: FormValues; key: number }>({ values: initial, key: 0 });
  const [state, dispatch, pending] = useActionState<ActionResult<{ id: string }> | null, FormData>((_previous, data) => save(data), null);

  useEffect(() => {
    if (!state) return;
    if (state.ok && state.data) {
      queryClient.invalidateQueries({ queryKey: inventoryKeys.all });
      router.push(`${detailBasePath}/${encodeURIComponent(state.data.id)}?changed=${record ? "updated" : "created"}`);
      return;
    }
    if (!state.ok && state.conflict?.version) setVersion(state.conflict.version);
    // Take the person to what needs them: the first field in error, else the notice at the top.
    const first = !state.ok && state.fieldErrors ? formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]") : null;
    if (first) first.focus();
    else if (!state.ok) noticeRef.current?.focus();
  }, [state, router, queryClient, detailBasePath, record]);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setYours(valuesOf(form, sections));
    const data = new FormData(form);
    startTransition(() => dispatch(data));
  };

  const failure = state && !state.ok ? state : null;
  const conflict = failure?.conflict;
  const errors = failure?.fieldErrors ?? {};

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-6" aria-describedby={failure && !conflict ? "form-error" : undefined}>
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={version ?? record.version} />
        </>
      ) : null}
      {conflict ? (
        <ConflictNotice
          ref={(element) => {
            noticeRef.current = element;
          }}
          message={failure.message}
          sections={sections}
          theirs={conflict.current}
          yours={yours}
          onUseTheirs={() => {
            if (!conflict.current) return;
            setDefaults((d) => ({ values: conflict.current!, key: d.key + 1 }));
            setYours(conflict.current);
          }}
        />
      ) : failure ? (
        <p
          ref={(element) => {
            noticeRef.current = element;
          }}
          id="form-error"
          tabIndex={-1}
          role="alert"
          className="scroll-mt-20 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-200">
          {failure.message}
        </p>
      ) : null}
      <div key={defaults.key} className="space-y-6">
        {sections.map((section) => (
          <fieldset key={section.title} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
            <legend className="px-1 text-sm font-semibold text-slate-800 dark:text-slate-100">{section.title}</legend>
            {section.description ? <p className="mb-3 text-xs text-slate-500 dark:text-slate-400">{section.description}</p> : null}
            <div className="grid gap-4 md:grid-cols-2">
              {section.fields.map((field) => (
                <div key={field.name} className={field.kind === "textarea" || field.kind === "checkboxes" ? "md:col-span-2" : ""}>
                  <FormField field={field} value={defaults.values[field.name]} errors={errors[field.name]} />
                </div>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        <Link href={cancelHref} className={buttonClass("ghost")}>
          Cancel
        </Link>
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {pending ? "Saving…" : ""}
        </p>
      </div>
    </form>
  );
}
