import Link from "next/link";
import { FilterSelect } from "@/components/table/filter-select";
import { buttonClass } from "@/components/ui/button";
import { entityTypes, findingStatuses, phases, severities } from "@/lib/validations/enums";
import { entityTypeLabels, phaseLabels, severityLabels } from "@/lib/ui/labels";
import type { FindingListParams } from "@/lib/validations/findings";
import { ruleCatalog } from "@/lib/rules/catalog";

/** A plain GET form: the filtered view lives in the URL, survives reload and can be shared. */
export function FindingFilters({ params, view }: { params: FindingListParams; view?: string }) {
  return (
    <form method="get" action="/findings" className="no-print mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-col gap-1">
        <label htmlFor="finding-search" className="text-xs font-medium text-slate-600 dark:text-slate-400">
          Search
        </label>
        <input id="finding-search" name="q" defaultValue={params.q} placeholder="Entity or rule id" className="w-48 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950" />
      </div>
      <FilterSelect label="Severity" name="severity" value={params.severity} options={severities.map((s) => ({ value: s, label: severityLabels[s] }))} />
      <FilterSelect label="Status" name="status" value={params.status} options={findingStatuses.map((s) => ({ value: s, label: s[0].toUpperCase() + s.slice(1) }))} />
      <FilterSelect label="Rule" name="ruleId" value={params.ruleId} options={ruleCatalog.map((r) => ({ value: r.id, label: `${r.id} ${r.title}` }))} />
      <FilterSelect label="Entity" name="entityType" value={params.entityType} options={entityTypes.map((e) => ({ value: e, label: entityTypeLabels[e] }))} />
      <FilterSelect label="Phase" name="phase" value={params.phase} options={phases.map((p) => ({ value: p, label: phaseLabels[p] }))} />
      <FilterSelect label="Verdict" name="verdict" value={params.verdict} options={[{ value: "fail", label: "Fail" }, { value: "unknown", label: "Unknown" }]} />
      <FilterSelect label="Stalls sign-in" name="stalls" value={params.stalls} options={[{ value: "1", label: "Only stalling" }]} />
      {view ? <input type="hidden" name="view" value={view} /> : null}
      <button type="submit" className={buttonClass("primary")}>
        Apply
      </button>
      <Link href="/findings" className={buttonClass("ghost")}>
        Clear
      </Link>
    </form>
  );
}
