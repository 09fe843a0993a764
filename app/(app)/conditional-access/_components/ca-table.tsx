"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { InventoryTable } from "@/components/table/inventory-table";
import type { TablePage } from "@/components/table/use-table-query";
import { Flag } from "@/components/inventory/flag";
import { OpenFindingsBadge } from "@/components/inventory/open-findings-badge";
import type { ConditionalAccessListItem } from "@/lib/conditional-access/queries";
import { detailPath } from "@/lib/inventory/links";
import { caPolicyStateLabels, graphValueLabel } from "@/lib/ui/labels";
import { ConditionalAccessListParams } from "@/lib/validations/inventory";

const column = createColumnHelper<ConditionalAccessListItem>();

const stateTone: Record<string, string> = {
  enabled: "text-emerald-700 dark:text-emerald-300",
  disabled: "text-slate-500 dark:text-slate-400",
  enabledForReportingButNotEnforced: "text-amber-700 dark:text-amber-300",
};

const columns = [
  column.accessor("displayName", {
    id: "name",
    header: "Name",
    meta: { rowHeader: true },
    cell: ({ row }) => (
      <Link prefetch={false} href={detailPath("conditionalAccessPolicy", row.original.id)} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
        {row.original.displayName}
      </Link>
    ),
  }),
  column.accessor("state", {
    id: "state",
    header: "State",
    meta: { className: "whitespace-nowrap" },
    cell: ({ getValue }) => <span className={stateTone[getValue()] ?? ""}>{graphValueLabel(caPolicyStateLabels, getValue())}</span>,
  }),
  column.accessor("coversCloudPcApps", { id: "covers", header: "Covers Cloud PC apps", enableSorting: false, meta: { className: "hidden sm:table-cell" }, cell: ({ getValue }) => <Flag value={getValue()} good /> }),
  column.accessor("requiresMfa", { id: "mfa", header: "Requires MFA", enableSorting: false, meta: { className: "hidden sm:table-cell" }, cell: ({ getValue }) => <Flag value={getValue()} good /> }),
  column.accessor("signInFrequency", {
    id: "frequency",
    header: "Sign-in frequency",
    enableSorting: false,
    meta: { className: "hidden lg:table-cell" },
    cell: ({ getValue }) => getValue() ?? <span className="text-slate-500 dark:text-slate-400">None</span>,
  }),
  column.accessor("tokenProtection", {
    id: "tokenProtection",
    header: "Token protection",
    enableSorting: false,
    meta: { className: "hidden xl:table-cell" },
    cell: ({ getValue }) => (getValue() ? "On" : <span className="text-slate-500 dark:text-slate-400">Off</span>),
  }),
  column.display({
    id: "findings",
    header: "Open findings",
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => <OpenFindingsBadge findings={row.original.openFindings} href={detailPath("conditionalAccessPolicy", row.original.id)} />,
  }),
];

export function ConditionalAccessTable({
  tenantId,
  initial,
  canExport,
}: {
  tenantId: string;
  initial: { params: ConditionalAccessListParams; page: TablePage<ConditionalAccessListItem> };
  canExport: boolean;
}) {
  return (
    <InventoryTable
      entity="conditionalAccess"
      caption="Conditional Access policies"
      tenantId={tenantId}
      schema={ConditionalAccessListParams}
      endpoint="/api/inventory/conditional-access"
      exportEndpoint={canExport ? "/api/inventory/conditional-access/export" : undefined}
      initial={initial}
      columns={columns}
      getRowId={(row) => row.id}
      searchPlaceholder="Policy name"
      empty={{ title: "No Conditional Access policies in this tenant", body: "Without one that requires MFA for the Cloud PC apps, AUTH-001 fails. They come with a tenant snapshot or a Microsoft Graph export." }}
      filters={[{ name: "state", label: "State", options: Object.entries(caPolicyStateLabels).map(([value, label]) => ({ value, label })) }]}
    />
  );
}
