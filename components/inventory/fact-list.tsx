import type { Fact, FactSource } from "@/lib/inventory/facts";
import { Maybe } from "./flag";

function Source({ source }: { source: FactSource }) {
  if (source.kind === "graph") {
    return (
      <span>
        <span className="sr-only">Microsoft Graph field </span>
        <code className="rounded bg-slate-100 px-1 py-0.5 text-[11px] text-slate-700 dark:bg-slate-800 dark:text-slate-300">{source.field}</code>
      </span>
    );
  }
  if (source.kind === "sightline") {
    return (
      <span title={source.field} className="text-violet-700 dark:text-violet-300">
        Sightline fact <span className="text-slate-500 dark:text-slate-400">({source.field})</span>
      </span>
    );
  }
  return <span className="text-slate-600 dark:text-slate-400">Derived from {source.from}</span>;
}

function Value({ fact }: { fact: Fact }) {
  const { value } = fact;
  if (value === null || value === "") return <Maybe>{null}</Maybe>;
  if (typeof value === "boolean") return <>{value ? "Yes" : "No"}</>;
  if (fact.display && fact.display !== String(value)) {
    return (
      <>
        {fact.display} <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{String(value)}</span>
      </>
    );
  }
  return <>{String(value)}</>;
}

/** Every fact of an entity with where it comes from: a Graph field, a Sightline fact, or a derivation. */
export function FactList({ facts, caption }: { facts: Fact[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full table-fixed text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-left text-xs font-semibold text-slate-500 dark:text-slate-400">
          <tr>
            <th scope="col" className="w-[38%] py-1.5 pr-4 sm:w-[30%]">Fact</th>
            <th scope="col" className="py-1.5 pr-4 sm:w-[38%]">Value</th>
            <th scope="col" className="hidden py-1.5 sm:table-cell">Source</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {facts.map((fact) => (
            <tr key={fact.label} className="align-top">
              <th scope="row" className="py-1.5 pr-4 text-left font-medium text-slate-700 dark:text-slate-200">
                {fact.label}
              </th>
              <td className="py-1.5 pr-4 [overflow-wrap:anywhere]">
                <Value fact={fact} />
                {/* On a narrow screen the source goes under the value instead of a third column. */}
                <div className="mt-0.5 text-xs sm:hidden">
                  <Source source={fact.source} />
                </div>
              </td>
              <td className="hidden py-1.5 text-xs [overflow-wrap:anywhere] sm:table-cell">
                <Source source={fact.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
