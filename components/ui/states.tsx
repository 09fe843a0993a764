import { Construction, Inbox, Lock } from "lucide-react";

function StateBox({ icon, title, children }: { icon: React.ReactNode; title: string; children?: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center rounded-xl border border-dashed border-slate-300 bg-white px-6 py-14 text-center dark:border-slate-700 dark:bg-slate-900">
      <div className="mb-3 rounded-full bg-slate-100 p-3 text-slate-500 dark:bg-slate-800 dark:text-slate-400">{icon}</div>
      <h2 className="text-base font-semibold">{title}</h2>
      {children ? <div className="mt-1 max-w-md text-sm text-slate-600 dark:text-slate-400">{children}</div> : null}
    </div>
  );
}

/** An area of the product that is planned but not built: says so plainly, shows no data. */
export function NotAvailable({ area, children }: { area: string; children?: React.ReactNode }) {
  return (
    <StateBox icon={<Construction className="h-6 w-6" aria-hidden="true" />} title={`${area} is not available yet`}>
      {children ?? "This area is planned. Nothing here is shown until it works on your tenant's real data."}
    </StateBox>
  );
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return <StateBox icon={<Inbox className="h-6 w-6" aria-hidden="true" />} title={title}>{children}</StateBox>;
}

export function Forbidden({ children }: { children?: React.ReactNode }) {
  return (
    <StateBox icon={<Lock className="h-6 w-6" aria-hidden="true" />} title="Your role does not open this page">
      {children ?? "Ask a Sightline admin if you need access."}
    </StateBox>
  );
}
