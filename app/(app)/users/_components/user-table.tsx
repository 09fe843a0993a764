"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { InventoryTable } from "@/components/table/inventory-table";
import type { TablePage } from "@/components/table/use-table-query";
import { Upn } from "@/components/inventory/flag";
import { OpenFindingsBadge } from "@/components/inventory/open-findings-badge";
import { detailPath } from "@/lib/inventory/links";
import { identityTypeLabels } from "@/lib/ui/labels";
import type { UserListItem } from "@/lib/users/queries";
import { UserListParams } from "@/lib/validations/inventory";
import { IdentityBadge } from "./identity-badge";

const column = createColumnHelper<UserListItem>();

const columns = [
  column.accessor("displayName", {
    id: "name",
    header: "Name",
    meta: { rowHeader: true },
    cell: ({ row }) => (
      <Link prefetch={false} href={detailPath("user", row.original.id)} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
        {row.original.displayName ?? row.original.userPrincipalName}
      </Link>
    ),
  }),
  column.accessor("userPrincipalName", {
    id: "upn",
    header: "User principal name",
    meta: { className: "hidden sm:table-cell break-words" },
    cell: ({ getValue }) => <Upn value={getValue()} />,
  }),
  column.accessor("identityType", {
    id: "identityType",
    header: "Identity type",
    cell: ({ row }) => <IdentityBadge identityType={row.original.identityType} overridden={row.original.overridden} />,
  }),
  column.accessor("userType", {
    id: "userType",
    header: "User type",
    enableSorting: false,
    meta: { className: "hidden lg:table-cell" },
    cell: ({ getValue }) => getValue() ?? <span className="text-slate-500 italic dark:text-slate-400">Not recorded</span>,
  }),
  column.accessor("cloudPcCount", {
    id: "cloudPcs",
    header: "Cloud PCs",
    enableSorting: false,
    meta: { className: "hidden md:table-cell tabular-nums" },
  }),
  column.display({
    id: "findings",
    header: "Open findings",
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => <OpenFindingsBadge findings={row.original.openFindings} href={detailPath("user", row.original.id)} />,
  }),
];

export function UserTable({
  tenantId,
  initial,
  canExport,
  emptyBody,
}: {
  tenantId: string;
  initial: { params: UserListParams; page: TablePage<UserListItem> };
  canExport: boolean;
  emptyBody: React.ReactNode;
}) {
  return (
    <InventoryTable
      entity="users"
      caption="Users"
      tenantId={tenantId}
      schema={UserListParams}
      endpoint="/api/inventory/users"
      exportEndpoint={canExport ? "/api/inventory/users/export" : undefined}
      initial={initial}
      columns={columns}
      getRowId={(row) => row.id}
      searchPlaceholder="Name or user principal name"
      empty={{ title: "No users in this tenant", body: emptyBody }}
      filters={[
        { name: "identityType", label: "Identity type", options: Object.entries(identityTypeLabels).map(([value, label]) => ({ value, label })) },
        { name: "overridden", label: "Identity type set by", options: [{ value: "1", label: "An admin (overridden)" }] },
      ]}
    />
  );
}
