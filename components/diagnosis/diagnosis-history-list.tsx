import type { DiagnosisHistoryItem } from "@/lib/diagnosis/queries";
import { getSymptom } from "@/lib/diagnosis/symptoms";
import { clientAppLabels, labelOf } from "@/lib/ui/labels";
import { formatDateTime } from "@/lib/ui/format";

const verdictText = (item: DiagnosisHistoryItem) =>
  item.rootCauseRuleId ? `Blocked: ${item.rootCauseRuleId}` : item.verdict === "noCloudPc" ? "No Cloud PC" : item.unknownCount > 0 ? `No blocking cause (${item.unknownCount} unknown)` : "No blocking cause";

const verdictTone = (item: DiagnosisHistoryItem) =>
  item.rootCauseRuleId
    ? "text-red-700 dark:text-red-300"
    : item.verdict === "noCloudPc" || item.unknownCount > 0
      ? "text-amber-700 dark:text-amber-300"
      : "text-emerald-700 dark:text-emerald-300";

/** Who diagnosed the user, when, for what, and the verdict: newest first. */
export function DiagnosisHistoryList({ items, total }: { items: DiagnosisHistoryItem[]; total: number }) {
  if (items.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">Nobody has diagnosed this user yet.</p>;
  return (
    <div>
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {items.map((item) => (
          <li key={item.id} className="py-2 text-sm first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className={`font-medium ${verdictTone(item)}`}>{verdictText(item)}</span>
              <time dateTime={item.createdAt} className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
                {formatDateTime(item.createdAt)}
              </time>
            </div>
            <p className="text-xs text-slate-600 dark:text-slate-300">
              {getSymptom(item.symptom).label} · by {item.ranByName ?? item.ranByEmail ?? "someone"}
            </p>
            <p className="text-xs text-slate-500 dark:text-slate-400">
              {item.cloudPcName ?? "No Cloud PC"}
              {item.clientApp ? ` · ${labelOf(clientAppLabels, item.clientApp)}${item.clientOnTheSpot ? " (picked on the spot)" : ""}` : ""}
              {item.withAnswers ? " · with answers assumed" : ""}
            </p>
          </li>
        ))}
      </ul>
      {total > items.length ? <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">Showing the latest {items.length} of {total}.</p> : null}
    </div>
  );
}
