import Link from "next/link";
import { FilterSelect } from "@/components/table/filter-select";
import { buttonClass } from "@/components/ui/button";
import type { SessionFilterOptions } from "@/lib/agents/sessions";
import { agentRules } from "@/lib/rules/agents";
import { agentSessionOutcomeLabels, graphValueLabel } from "@/lib/ui/labels";
import type { AgentSessionListParams } from "@/lib/validations/agent-sessions";

/** A plain GET form: the filtered list lives in the URL, so it survives a reload and can be shared. */
export function SessionFilters({ params, options, cloudPcName }: { params: AgentSessionListParams; options: SessionFilterOptions; cloudPcName: string | null }) {
  return (
    <form method="get" action="/agents" aria-label="Filter agent sessions" className="no-print mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-col gap-1">
        <label htmlFor="session-search" className="text-xs font-medium text-slate-600 dark:text-slate-400">
          Search
        </label>
        <input id="session-search" name="q" defaultValue={params.q} placeholder="Agent or session id" className="w-44 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950" />
      </div>
      <FilterSelect label="Agent" name="agent" value={params.agent} options={options.agents} />
      <FilterSelect label="Pool" name="pool" value={params.pool} options={options.pools} />
      <FilterSelect label="Outcome" name="outcome" value={params.outcome} options={options.outcomes.map((o) => ({ value: o, label: graphValueLabel(agentSessionOutcomeLabels, o) }))} />
      <FilterSelect
        label="Violation"
        name="violation"
        value={params.violation}
        options={[{ value: "any", label: "Any violation" }, { value: "none", label: "No violation" }, ...agentRules.map((r) => ({ value: r.id, label: `${r.id} ${r.title}` }))]}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="session-sort" className="text-xs font-medium text-slate-600 dark:text-slate-400">
          Order
        </label>
        <select id="session-sort" name="sort" defaultValue={params.sort} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900">
          <option value="-startedAt">Newest first</option>
          <option value="startedAt">Oldest first</option>
        </select>
      </div>
      {params.cloudPc ? (
        <div className="flex flex-col gap-1">
          <span className="text-xs font-medium text-slate-600 dark:text-slate-400">Cloud PC</span>
          <label className="flex items-center gap-2 rounded-md border border-slate-300 px-2 py-1.5 text-sm dark:border-slate-700">
            <input type="checkbox" name="cloudPc" value={params.cloudPc} defaultChecked />
            {cloudPcName ?? params.cloudPc}
          </label>
        </div>
      ) : null}
      <button type="submit" className={buttonClass("primary")}>
        Apply
      </button>
      <Link href="/agents" className={buttonClass("ghost")}>
        Clear
      </Link>
    </form>
  );
}
