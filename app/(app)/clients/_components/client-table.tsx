"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { InventoryTable } from "@/components/table/inventory-table";
import type { TablePage } from "@/components/table/use-table-query";
import { Flag, Upn } from "@/components/inventory/flag";
import { OpenFindingsBadge } from "@/components/inventory/open-findings-badge";
import type { ClientListItem } from "@/lib/clients/queries";
import { detailPath } from "@/lib/inventory/links";
import { clientAppLabels, labelOf } from "@/lib/ui/labels";
import { ClientListParams } from "@/lib/validations/inventory";

const column = createColumnHelper<ClientListItem>();
const flagCell = (key: keyof ClientListItem, good: boolean) =>
  function FlagCell({ row }: { row: { original: ClientListItem } }) {
    return <Flag value={row.original[key] as boolean | null} good={good} />;
  };

const columns = [
  column.accessor("deviceName", {
    id: "device",
    header: "Device",
    meta: { rowHeader: true },
    cell: ({ row }) => (
      <>
        <Link prefetch={false} href={detailPath("client", row.original.id)} className="font-medium whitespace-nowrap text-brand-700 hover:underline dark:text-brand-100">
          {row.original.deviceName ?? row.original.externalId}
        </Link>
        <span className="block text-xs text-slate-500 dark:text-slate-400">{row.original.localOs ?? "Local OS not recorded"}</span>
      </>
    ),
  }),
  column.display({
    id: "user",
    header: "User",
    meta: { className: "break-words" },
    cell: ({ row }) =>
      row.original.user.id ? (
        <Link prefetch={false} href={detailPath("user", row.original.user.id)} className="text-brand-700 hover:underline dark:text-brand-100">
          <Upn value={row.original.user.label} />
        </Link>
      ) : (
        <span title="This user is not in the tenant's directory">{row.original.user.label}</span>
      ),
  }),
  column.accessor("app", { id: "app", header: "App", meta: { className: "hidden sm:table-cell" }, cell: ({ getValue }) => labelOf(clientAppLabels, getValue()) }),
  column.display({ id: "managed", header: "Managed", meta: { className: "hidden md:table-cell" }, cell: flagCell("managed", true) }),
  column.display({ id: "urls", header: "Reaches URLs", meta: { className: "hidden lg:table-cell" }, cell: flagCell("canReachRequiredUrls", true) }),
  column.display({ id: "dc", header: "DC line of sight", meta: { className: "hidden 2xl:table-cell" }, cell: flagCell("lineOfSightToDomainController", true) }),
  column.display({ id: "saved", header: "Credentials saved", meta: { className: "hidden 2xl:table-cell" }, cell: flagCell("credentialsSaved", false) }),
  column.display({
    id: "findings",
    header: "Open findings",
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => <OpenFindingsBadge findings={row.original.openFindings} href={detailPath("client", row.original.id)} />,
  }),
];

export function ClientTable({
  tenantId,
  initial,
  userFilter,
  canExport,
  emptyBody,
}: {
  tenantId: string;
  initial: { params: ClientListParams; page: TablePage<ClientListItem> };
  /** The user the list is narrowed to by a link from a user's page, offered as a filter choice. */
  userFilter: { id: string; label: string } | null;
  canExport: boolean;
  emptyBody: React.ReactNode;
}) {
  return (
    <InventoryTable
      entity="clients"
      caption="Clients"
      tenantId={tenantId}
      schema={ClientListParams}
      endpoint="/api/inventory/clients"
      exportEndpoint={canExport ? "/api/inventory/clients/export" : undefined}
      initial={initial}
      columns={columns}
      getRowId={(row) => row.id}
      searchPlaceholder="Device, client id or local OS"
      empty={{ title: "No clients in this tenant", body: emptyBody }}
      filters={[
        { name: "app", label: "App", options: Object.entries(clientAppLabels).map(([value, label]) => ({ value, label })) },
        { name: "managed", label: "Managed device", options: [{ value: "yes", label: "Managed" }, { value: "no", label: "Not managed" }, { value: "unknown", label: "Not recorded" }] },
        ...(userFilter ? [{ name: "user", label: "User", options: [{ value: userFilter.id, label: userFilter.label }] }] : []),
      ]}
    />
  );
}
