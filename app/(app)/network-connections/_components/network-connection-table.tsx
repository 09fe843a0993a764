"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { InventoryTable } from "@/components/table/inventory-table";
import type { TablePage } from "@/components/table/use-table-query";
import { OpenFindingsBadge } from "@/components/inventory/open-findings-badge";
import { detailPath } from "@/lib/inventory/links";
import type { NetworkConnectionListItem } from "@/lib/network-connections/queries";
import { graphValueLabel, healthCheckStatusLabels, joinTypeLabels, labelOf } from "@/lib/ui/labels";
import { NetworkConnectionListParams } from "@/lib/validations/inventory";

const column = createColumnHelper<NetworkConnectionListItem>();
const muted = "text-slate-500 italic dark:text-slate-400";

const columns = [
  column.accessor("displayName", {
    id: "name",
    header: "Name",
    meta: { rowHeader: true },
    cell: ({ row }) => (
      <Link prefetch={false} href={detailPath("networkConnection", row.original.id)} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
        {row.original.displayName}
      </Link>
    ),
  }),
  column.accessor("connectionType", {
    id: "type",
    header: "Type",
    enableSorting: false,
    meta: { className: "hidden md:table-cell" },
    cell: ({ getValue }) => (getValue() ? labelOf(joinTypeLabels, getValue()) : <span className={muted}>Not recorded</span>),
  }),
  column.accessor("adDomainName", { id: "domain", header: "AD domain", enableSorting: false, meta: { className: "hidden lg:table-cell" }, cell: ({ getValue }) => getValue() ?? <span className={muted}>Not recorded</span> }),
  column.accessor("subscription", {
    id: "subscription",
    header: "Azure subscription",
    enableSorting: false,
    meta: { className: "hidden xl:table-cell [overflow-wrap:anywhere]" },
    cell: ({ getValue }) => getValue() ?? <span className="text-red-700 dark:text-red-300">None</span>,
  }),
  column.accessor("healthCheckStatus", {
    id: "health",
    header: "Health check",
    cell: ({ row }) => (
      <>
        <span className={row.original.healthCheckStatus === "failed" ? "text-red-700 dark:text-red-300" : ""}>{graphValueLabel(healthCheckStatusLabels, row.original.healthCheckStatus)}</span>
        {row.original.failedChecks > 0 ? <span className="block text-xs text-slate-500 dark:text-slate-400">{row.original.failedChecks} failed</span> : null}
      </>
    ),
  }),
  column.accessor("policyCount", { id: "policies", header: "Policies", enableSorting: false, meta: { className: "hidden sm:table-cell tabular-nums" } }),
  column.display({
    id: "findings",
    header: "Open findings",
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => <OpenFindingsBadge findings={row.original.openFindings} href={detailPath("networkConnection", row.original.id)} />,
  }),
];

export function NetworkConnectionTable({
  tenantId,
  initial,
  statuses,
  canExport,
  emptyBody,
}: {
  tenantId: string;
  initial: { params: NetworkConnectionListParams; page: TablePage<NetworkConnectionListItem> };
  statuses: string[];
  canExport: boolean;
  emptyBody: React.ReactNode;
}) {
  return (
    <InventoryTable
      entity="networkConnections"
      caption="Azure network connections"
      tenantId={tenantId}
      schema={NetworkConnectionListParams}
      endpoint="/api/inventory/network-connections"
      exportEndpoint={canExport ? "/api/inventory/network-connections/export" : undefined}
      initial={initial}
      columns={columns}
      getRowId={(row) => row.id}
      searchPlaceholder="Name, AD domain or subscription"
      empty={{ title: "No network connections in this tenant", body: emptyBody }}
      filters={[{ name: "health", label: "Health check", options: statuses.map((s) => ({ value: s, label: graphValueLabel(healthCheckStatusLabels, s) })) }]}
    />
  );
}
