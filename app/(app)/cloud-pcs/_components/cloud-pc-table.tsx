"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { InventoryTable } from "@/components/table/inventory-table";
import type { TablePage } from "@/components/table/use-table-query";
import { Flag, Upn } from "@/components/inventory/flag";
import { OpenFindingsBadge } from "@/components/inventory/open-findings-badge";
import type { CloudPcListItem } from "@/lib/cloud-pcs/queries";
import { detailPath } from "@/lib/inventory/links";
import { cloudPcStatusLabels, graphValueLabel, joinTypeLabels, joinTypeShortLabels, labelOf, osVersionLabels } from "@/lib/ui/labels";
import { CloudPcListParams } from "@/lib/validations/inventory";

const column = createColumnHelper<CloudPcListItem>();
const link = "font-medium text-brand-700 hover:underline dark:text-brand-100";

const columns = [
  column.accessor("displayName", {
    id: "name",
    header: "Name",
    meta: { rowHeader: true, className: "whitespace-nowrap" },
    cell: ({ row }) => (
      <>
        <Link prefetch={false} href={detailPath("cloudPc", row.original.id)} className={link}>
          {row.original.displayName}
        </Link>
        <span className="block text-xs text-slate-500 dark:text-slate-400">{graphValueLabel(cloudPcStatusLabels, row.original.status)}</span>
      </>
    ),
  }),
  column.accessor("userPrincipalName", {
    id: "user",
    header: "User",
    meta: { className: "hidden sm:table-cell break-words" },
    cell: ({ row }) => {
      const { userPrincipalName, userId } = row.original;
      if (!userPrincipalName) return <span className="text-slate-500 dark:text-slate-400">No user (pooled)</span>;
      return userId ? (
        <Link prefetch={false} href={detailPath("user", userId)} className="text-brand-700 hover:underline dark:text-brand-100">
          <Upn value={userPrincipalName} />
        </Link>
      ) : (
        <span title="This user is not in the tenant's directory">
          <Upn value={userPrincipalName} />
        </span>
      );
    },
  }),
  column.accessor("joinType", {
    id: "joinType",
    header: "Join type and policy",
    cell: ({ row }) => {
      const { joinType, policyId, policyName } = row.original;
      return (
        <>
          <span className="whitespace-nowrap" title={joinType ? labelOf(joinTypeLabels, joinType) : undefined}>
            {joinType ? labelOf(joinTypeShortLabels, joinType) : <span className="text-slate-500 italic dark:text-slate-400">Unknown</span>}
          </span>
          <span className="block text-xs">
            {!policyName ? (
              <span className="text-slate-500 dark:text-slate-400">No provisioning policy</span>
            ) : policyId ? (
              <Link prefetch={false} href={detailPath("provisioningPolicy", policyId)} className="text-brand-700 hover:underline dark:text-brand-100">
                {policyName}
              </Link>
            ) : (
              <span className="text-slate-500 dark:text-slate-400">{policyName}</span>
            )}
          </span>
        </>
      );
    },
  }),
  column.display({
    id: "os",
    header: "OS",
    meta: { className: "hidden lg:table-cell whitespace-nowrap" },
    cell: ({ row }) =>
      row.original.osVersion || row.original.osRelease ? (
        [row.original.osVersion ? labelOf(osVersionLabels, row.original.osVersion) : null, row.original.osRelease].filter(Boolean).join(" · ")
      ) : (
        <span className="text-slate-500 italic dark:text-slate-400">Not recorded</span>
      ),
  }),
  column.display({
    id: "sso",
    header: "SSO",
    meta: { className: "hidden sm:table-cell whitespace-nowrap" },
    cell: ({ row }) => (
      <>
        <Flag value={row.original.sso} yes="On" no="Off" good />
        {row.original.ssoSource === "provisioningPolicy" ? <span className="block text-xs text-slate-500 dark:text-slate-400">from policy</span> : null}
      </>
    ),
  }),
  column.display({
    id: "findings",
    header: "Open findings",
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => <OpenFindingsBadge findings={row.original.openFindings} href={detailPath("cloudPc", row.original.id)} />,
  }),
];

export function CloudPcTable({
  tenantId,
  initial,
  options,
  canExport,
  emptyBody,
}: {
  tenantId: string;
  initial: { params: CloudPcListParams; page: TablePage<CloudPcListItem> };
  options: { statuses: string[]; policies: { id: string; name: string }[] };
  canExport: boolean;
  emptyBody: React.ReactNode;
}) {
  return (
    <InventoryTable
      entity="cloudPcs"
      caption="Cloud PCs"
      tenantId={tenantId}
      schema={CloudPcListParams}
      endpoint="/api/inventory/cloud-pcs"
      exportEndpoint={canExport ? "/api/inventory/cloud-pcs/export" : undefined}
      initial={initial}
      columns={columns}
      getRowId={(row) => row.id}
      searchPlaceholder="Name or user principal name"
      empty={{ title: "No Cloud PCs in this tenant", body: emptyBody }}
      filters={[
        { name: "joinType", label: "Join type", options: [...Object.entries(joinTypeLabels).map(([value, label]) => ({ value, label })), { value: "unknown", label: "Unknown" }] },
        { name: "status", label: "Status", options: options.statuses.map((s) => ({ value: s, label: graphValueLabel(cloudPcStatusLabels, s) })) },
        { name: "sso", label: "SSO applied", options: [{ value: "yes", label: "On" }, { value: "no", label: "Off" }, { value: "unknown", label: "Not recorded" }] },
        { name: "policy", label: "Provisioning policy", options: options.policies.map((p) => ({ value: p.id, label: p.name })) },
      ]}
    />
  );
}
