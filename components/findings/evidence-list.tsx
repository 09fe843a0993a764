import type { EvidenceItem } from "@/lib/rules/types";

const entityPaths: Record<string, string> = {
  user: "/users",
  cloudPc: "/cloud-pcs",
  provisioningPolicy: "/provisioning-policies",
  networkConnection: "/network-connections",
  conditionalAccessPolicy: "/conditional-access",
  client: "/clients",
  agentSession: "/agents/sessions",
};

function show(value: EvidenceItem["value"]): string {
  if (value === null) return "not recorded";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/** The facts that decided a verdict, each linking to the entity it came from where there is a page. */
export function EvidenceList({ evidence }: { evidence: EvidenceItem[] }) {
  if (evidence.length === 0) return <p className="text-xs text-slate-500">No evidence recorded.</p>;
  return (
    <dl className="mt-1 grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-3 gap-y-0.5 text-xs">
      {evidence.map((e, i) => {
        const linkable = e.ref ? e.ref.entityType in entityPaths : false;
        return (
          <div key={`${e.label}-${i}`} className="contents">
            <dt className="text-slate-500 dark:text-slate-400">{e.label}</dt>
            <dd className="break-words">
              {linkable && e.ref ? (
                <a className="text-brand-700 hover:underline dark:text-brand-100" href={`/go/${e.ref.entityType}/${encodeURIComponent(e.ref.entityId)}`}>
                  {show(e.value)}
                </a>
              ) : (
                show(e.value)
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
