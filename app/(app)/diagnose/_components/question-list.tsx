"use client";

import { Card } from "@/components/ui/card";
import type { DiagnosisQuestion } from "@/lib/diagnosis/types";
import { audienceLabels } from "@/lib/diagnosis/wording";

/**
 * The questions behind the unknowns, each answerable on the spot. An answer is an assumption the next
 * diagnosis runs with (a "what if"); clearing it goes back to the recorded data.
 */
export function QuestionList({ questions, onAnswer }: { questions: DiagnosisQuestion[]; onAnswer: (id: string, value: string | null) => void }) {
  if (questions.length === 0) return null;
  const open = questions.filter((question) => question.answer === null).length;
  return (
    <Card title={open > 0 ? `Questions to ask (${open} open)` : "Questions answered"}>
      <ul className="space-y-3">
        {questions.map((question) => (
          <li key={question.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            {question.options.length > 0 ? (
              <fieldset>
                <legend className="text-sm text-slate-800 [overflow-wrap:anywhere] dark:text-slate-100">
                  <span className="mr-2 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600 dark:bg-slate-800 dark:text-slate-300">
                    {audienceLabels[question.audience]}
                  </span>
                  {question.text}
                </legend>
                <div className="mt-2 flex flex-wrap items-center gap-2">
                  {question.options.map((option) => {
                    const checked = question.answer === option.value;
                    return (
                      <label
                        key={option.value}
                        className={`cursor-pointer rounded-md border px-3 py-1.5 text-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500 ${
                          checked
                            ? "border-brand-600 bg-brand-600 text-white"
                            : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
                        }`}
                      >
                        <input type="radio" name={`answer-${question.id}`} value={option.value} checked={checked} onChange={() => onAnswer(question.id, option.value)} className="sr-only" />
                        {option.label}
                      </label>
                    );
                  })}
                  {question.answer !== null ? (
                    <button type="button" onClick={() => onAnswer(question.id, null)} className="rounded-md px-2 py-1.5 text-sm text-slate-600 hover:bg-slate-100 hover:underline dark:text-slate-300 dark:hover:bg-slate-800">
                      Clear answer
                    </button>
                  ) : null}
                </div>
              </fieldset>
            ) : (
              <p className="text-sm text-slate-800 [overflow-wrap:anywhere] dark:text-slate-100">
                <span className="mr-2 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600 dark:bg-slate-800 dark:text-slate-300">
                  {audienceLabels[question.audience]}
                </span>
                {question.text}
              </p>
            )}
            <p className="mt-1.5 text-xs text-slate-500 dark:text-slate-400">Settles {question.settles.join(", ")}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
