"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { InventoryTable } from "@/components/table/inventory-table";
import type { TablePage } from "@/components/table/use-table-query";
import { Flag } from "@/components/inventory/flag";
import { OpenFindingsBadge } from "@/components/inventory/open-findings-badge";
import { detailPath } from "@/lib/inventory/links";
import type { ProvisioningPolicyListItem } from "@/lib/provisioning-policies/queries";
import { joinTypeLabels, joinTypeShortLabels, labelOf } from "@/lib/ui/labels";
import { ProvisioningPolicyListParams } from "@/lib/validations/inventory";

const column = createColumnHelper<ProvisioningPolicyListItem>();
const muted = "text-slate-500 italic dark:text-slate-400";

const columns = [
  column.accessor("displayName", {
    id: "name",
    header: "Name",
    meta: { rowHeader: true },
    cell: ({ row }) => (
      <Link prefetch={false} href={detailPath("provisioningPolicy", row.original.id)} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
        {row.original.displayName}
      </Link>
    ),
  }),
  column.accessor("joinType", {
    id: "joinType",
    header: "Join type",
    meta: { className: "whitespace-nowrap" },
    cell: ({ getValue }) => (getValue() ? <span title={labelOf(joinTypeLabels, getValue())}>{labelOf(joinTypeShortLabels, getValue())}</span> : <span className={muted}>Unknown</span>),
  }),
  column.accessor("enableSingleSignOn", { id: "sso", header: "SSO", enableSorting: false, meta: { className: "hidden sm:table-cell" }, cell: ({ getValue }) => <Flag value={getValue()} yes="On" no="Off" good /> }),
  column.display({
    id: "networkConnection",
    header: "Network connection",
    meta: { className: "hidden md:table-cell" },
    cell: ({ row }) => {
      const connection = row.original.networkConnection;
      if (!connection) return <span className={muted}>None</span>;
      return connection.id ? (
        <Link prefetch={false} href={detailPath("networkConnection", connection.id)} className="text-brand-700 hover:underline dark:text-brand-100">
          {connection.label}
        </Link>
      ) : (
        <span title="Not in this tenant's data">{connection.label}</span>
      );
    },
  }),
  column.accessor("regionName", { id: "region", header: "Region", enableSorting: false, meta: { className: "hidden xl:table-cell" }, cell: ({ getValue }) => getValue() ?? <span className={muted}>Not recorded</span> }),
  column.display({
    id: "cloudPcs",
    header: "Cloud PCs",
    meta: { className: "hidden sm:table-cell tabular-nums" },
    cell: ({ row }) => (
      <Link prefetch={false} href={`/cloud-pcs?policy=${encodeURIComponent(row.original.graphId)}`} className="text-brand-700 hover:underline dark:text-brand-100">
        {row.original.cloudPcCount}
        <span className="sr-only"> Cloud PCs of {row.original.displayName}</span>
      </Link>
    ),
  }),
  column.display({
    id: "findings",
    header: "Open findings",
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => <OpenFindingsBadge findings={row.original.openFindings} href={detailPath("provisioningPolicy", row.original.id)} />,
  }),
];

export function ProvisioningPolicyTable({
  tenantId,
  initial,
  connections,
  canExport,
}: {
  tenantId: string;
  initial: { params: ProvisioningPolicyListParams; page: TablePage<ProvisioningPolicyListItem> };
  connections: { id: string; name: string }[];
  canExport: boolean;
}) {
  return (
    <InventoryTable
      entity="provisioningPolicies"
      caption="Provisioning policies"
      tenantId={tenantId}
      schema={ProvisioningPolicyListParams}
      endpoint="/api/inventory/provisioning-policies"
      exportEndpoint={canExport ? "/api/inventory/provisioning-policies/export" : undefined}
      initial={initial}
      columns={columns}
      getRowId={(row) => row.id}
      searchPlaceholder="Name or description"
      empty={{ title: "No provisioning policies in this tenant", body: "They come with a tenant snapshot or a Microsoft Graph export." }}
      filters={[
        { name: "joinType", label: "Join type", options: [...Object.entries(joinTypeLabels).map(([value, label]) => ({ value, label })), { value: "unknown", label: "Unknown" }] },
        { name: "sso", label: "Single sign-on", options: [{ value: "yes", label: "On" }, { value: "no", label: "Off" }, { value: "unknown", label: "Not recorded" }] },
        { name: "networkConnection", label: "Network connection", options: connections.map((c) => ({ value: c.id, label: c.name })) },
      ]}
    />
  );
}
