"use client";

import { Button } from "@/components/ui/button";
import type { FormValues } from "@/lib/inventory/form-values";
import { displayValue, sameValue, type FieldSection } from "./field-spec";

/**
 * Shown when someone else saved the record first: each field where their value differs from the
 * input kept in the form, side by side. Saving again writes the form's values over theirs.
 */
export function ConflictNotice({
  message,
  sections,
  theirs,
  yours,
  onUseTheirs,
  ref,
}: {
  ref?: React.Ref<HTMLDivElement>;
  message: string;
  sections: FieldSection[];
  theirs: FormValues | null;
  yours: FormValues;
  onUseTheirs: () => void;
}) {
  const differences = theirs
    ? sections.flatMap((section) => section.fields).filter((field) => !sameValue(theirs[field.name], yours[field.name]))
    : [];
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="scroll-mt-20 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-100">
      <h2 className="font-semibold">Someone else changed this record</h2>
      <p className="mt-1">{message}</p>
      {theirs ? (
        differences.length === 0 ? (
          <p className="mt-2">Their values match your input; save again to confirm.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">Fields where their saved values differ from your input</caption>
              <thead className="text-xs text-amber-900 dark:text-amber-200">
                <tr>
                  <th scope="col" className="py-1 pr-4">Field</th>
                  <th scope="col" className="py-1 pr-4">Their saved value</th>
                  <th scope="col" className="py-1">Your input (kept in the form)</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-amber-200 dark:divide-amber-500/30">
                {differences.map((field) => (
                  <tr key={field.name} className="align-top">
                    <th scope="row" className="py-1 pr-4 font-medium whitespace-nowrap">{field.label}</th>
                    <td className="py-1 pr-4 break-words whitespace-pre-line">{displayValue(field, theirs[field.name])}</td>
                    <td className="py-1 break-words whitespace-pre-line">{displayValue(field, yours[field.name])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      {theirs ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <Button type="submit" variant="primary">
            Save mine over theirs
          </Button>
          <Button type="button" variant="secondary" onClick={onUseTheirs}>
            Discard mine, load theirs
          </Button>
        </div>
      ) : null}
    </div>
  );
}
