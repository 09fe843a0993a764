import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Forbidden } from "@/components/ui/states";
import { Breadcrumb } from "@/components/inventory/detail-layout";
import { RecordForm } from "@/components/inventory/record-form";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { createUserAction } from "../actions";
import { userSections } from "../_components/user-fields";

export const metadata: Metadata = { title: "New user" };

export default async function NewUserPage() {
  const ctx = await getInventoryContext();
  if (!ctx.canEdit) return (<><PageHeader title="New user" /><Forbidden>Only admins edit tenant data.</Forbidden></>);
  if (!ctx.tenant) return (<><PageHeader title="New user" /><EmptyState title="No tenant yet" /></>);
  return (
    <>
      <Breadcrumb list="Users" href="/users" current="New" />
      <PageHeader title="New user" description={`Adds a directory user to ${ctx.tenant.displayName}'s data, for one that is not in the last import.`} />
      <div className="max-w-4xl">
        <RecordForm sections={userSections(true)} initial={{}} save={createUserAction} submitLabel="Create user" cancelHref="/users" detailBasePath="/users" />
      </div>
    </>
  );
}
