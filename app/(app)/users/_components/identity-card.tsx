import { EvidenceItems } from "@/components/inventory/evidence-list";
import { Card } from "@/components/ui/card";
import type { UserDetail } from "@/lib/users/detail";
import { identityTypeLabels, joinTypeLabels, labelOf } from "@/lib/ui/labels";
import { IdentityBadge } from "./identity-badge";

/**
 * The user's identity type with the facts that decided it (the rules' own classifier), the admin's
 * override and its reason when there is one, and which join types that identity can sign in to.
 */
export function IdentityCard({ detail }: { detail: UserDetail }) {
  const { identity, joinSupport, user } = detail;
  return (
    <Card title="Identity type">
      <div className="flex flex-wrap items-center gap-2">
        <IdentityBadge identityType={identity.identityType} overridden={identity.overridden} />
        {identity.overridden ? (
          <span className="text-xs text-slate-600 dark:text-slate-400">derived from Graph: {labelOf(identityTypeLabels, identity.derived)}</span>
        ) : (
          <span className="text-xs text-slate-600 dark:text-slate-400">derived from the Graph facts below</span>
        )}
      </div>
      {identity.overridden ? (
        <div className="mt-3 rounded-lg border border-violet-200 bg-violet-50 p-3 text-sm dark:border-violet-500/30 dark:bg-violet-500/10">
          <p className="font-medium text-violet-900 dark:text-violet-100">Set by an admin to {labelOf(identityTypeLabels, identity.identityType)}</p>
          <p className="mt-1 text-violet-900/90 dark:text-violet-100/90">Reason: {user.sightline?.identityTypeOverrideReason ?? "none recorded"}</p>
        </div>
      ) : null}
      <h3 className="mt-4 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">Evidence</h3>
      <div className="mt-1 min-w-0">
        <EvidenceItems evidence={identity.evidence} />
      </div>
      <h3 className="mt-4 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">Join types this identity can sign in to</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {Object.entries(joinSupport).map(([joinType, support]) => (
          <li key={joinType}>
            <span className="font-medium">{labelOf(joinTypeLabels, joinType)}:</span>{" "}
            <span className={support.supported ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"}>{support.note}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
