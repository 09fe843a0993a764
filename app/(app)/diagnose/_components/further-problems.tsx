import type { Diagnosis } from "@/lib/diagnosis/types";
import { StallsBadge } from "@/components/ui/badges";
import { Card } from "@/components/ui/card";
import { labelOf, phaseLabels } from "@/lib/ui/labels";
import { EntityLink, Tag } from "./step-pieces";

/** Every other failing check, in walk order: those that also produce the symptom first in mind. */
export function FurtherProblems({ diagnosis }: { diagnosis: Diagnosis }) {
  if (diagnosis.furtherProblems.length === 0) return null;
  return (
    <Card title={diagnosis.rootCause ? "Further problems" : "Other problems found"}>
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {diagnosis.furtherProblems.map((step) => (
          <li key={`${step.ruleId}-${step.entityId}`} className="py-2.5 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-center gap-2">
              <a href={`/findings/rules/${step.ruleId}`} className="font-mono text-xs text-brand-700 hover:underline dark:text-brand-100">
                {step.ruleId}
              </a>
              <span className="text-sm font-medium">{step.title}</span>
              {step.blocking ? <Tag tone="blocks">Also blocks</Tag> : step.relevance === "other" ? <Tag tone="muted">Not this symptom</Tag> : null}
              {step.stalls ? <StallsBadge /> : null}
            </div>
            <p className="mt-0.5 text-xs text-slate-500 [overflow-wrap:anywhere] dark:text-slate-400">
              {labelOf(phaseLabels, step.phase)} ·{" "}
              <EntityLink entityType={step.entityType} entityId={step.entityId}>
                {step.entityName}
              </EntityLink>
            </p>
            {step.remediation[0] ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Fix: {step.remediation[0]}</p> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
