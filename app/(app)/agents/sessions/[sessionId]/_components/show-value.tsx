import { formatDateTime } from "@/lib/ui/format";

/** An evidence value or a device id as a person reads it: Cloud PCs by name, flags as yes/no. */
export function ShowValue({ value, names }: { value: string | number | boolean | null; names: Record<string, string> }) {
  if (value === null) return <span className="text-slate-500 dark:text-slate-400">not recorded</span>;
  if (typeof value === "boolean") return <>{value ? "yes" : "no"}</>;
  if (typeof value === "string" && names[value]) {
    return (
      <span title={value} className="font-mono">
        {names[value]}
      </span>
    );
  }
  if (typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(value)) return <span className="font-mono break-all">{value}</span>;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return <time dateTime={value}>{formatDateTime(value)}</time>;
  return <>{String(value)}</>;
}

/** A device id: the Cloud PC's name when it is one of the tenant's, else the id and a word on what it is not. */
export function DeviceName({ id, names }: { id: string | null; names: Record<string, string> }) {
  if (!id) return <span className="text-slate-500 dark:text-slate-400">not recorded</span>;
  if (names[id]) return <span title={id} className="font-mono">{names[id]}</span>;
  return (
    <span>
      <span className="font-mono break-all">{id}</span> <span className="text-slate-500 dark:text-slate-400">(not a Cloud PC of this tenant)</span>
    </span>
  );
}
