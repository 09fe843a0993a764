"use client";

import { symptoms } from "@/lib/diagnosis/symptoms";
import type { SymptomId } from "@/lib/validations/diagnosis";

/** What the ticket says, as a radio group: the symptom decides which checks can be the cause. */
export function SymptomPicker({ value, onChange }: { value: SymptomId | null; onChange: (symptom: SymptomId) => void }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700 dark:text-slate-200">Symptom</legend>
      <div className="mt-2 space-y-1.5">
        {symptoms.map((symptom) => (
          <label
            key={symptom.id}
            className={`flex cursor-pointer gap-2.5 rounded-lg border px-3 py-2 text-sm transition-colors ${
              value === symptom.id
                ? "border-brand-500 bg-brand-50 dark:border-brand-500 dark:bg-brand-500/15"
                : "border-slate-200 hover:border-slate-300 dark:border-slate-800 dark:hover:border-slate-700"
            }`}
          >
            <input type="radio" name="symptom" value={symptom.id} checked={value === symptom.id} onChange={() => onChange(symptom.id)} className="mt-0.5 accent-brand-600" />
            <span>
              <span className="block font-medium text-slate-900 dark:text-slate-100">{symptom.label}</span>
              <span className="block text-xs text-slate-500 dark:text-slate-400">{symptom.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
