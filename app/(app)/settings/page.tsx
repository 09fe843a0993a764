import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { NotAvailable } from "@/components/ui/states";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Settings" };

const roleText = {
  admin: "Everything: tenant data, imports, triage, accounts and the audit log.",
  helpdesk: "Read everything, run diagnoses and evaluations, export. No edits to tenant data or accounts.",
  viewer: "Read and export.",
} as const;

export default async function SettingsPage() {
  const viewer = await requireViewer();
  return (
    <>
      <PageHeader title="Settings" description="Your account, and for admins the dashboard's accounts." />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Your account">
          <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
            <dt className="text-slate-500 dark:text-slate-400">Name</dt>
            <dd>{viewer.name}</dd>
            <dt className="text-slate-500 dark:text-slate-400">Email</dt>
            <dd>{viewer.email}</dd>
            <dt className="text-slate-500 dark:text-slate-400">Role</dt>
            <dd>
              <span className="font-medium">{viewer.role}</span>: {roleText[viewer.role]}
            </dd>
          </dl>
        </Card>
        {can(viewer.role, "accounts:manage") ? (
          <NotAvailable area="Account management">Creating, disabling and changing the role of accounts is planned.</NotAvailable>
        ) : null}
      </div>
    </>
  );
}
