import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Forbidden } from "@/components/ui/states";
import { Breadcrumb } from "@/components/inventory/detail-layout";
import { RecordForm } from "@/components/inventory/record-form";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { createClientAction } from "../actions";
import { clientSections } from "../_components/client-fields";

export const metadata: Metadata = { title: "New client" };

export default async function NewClientPage() {
  const ctx = await getInventoryContext();
  if (!ctx.canEdit) return (<><PageHeader title="New client" /><Forbidden>Only admins edit tenant data.</Forbidden></>);
  if (!ctx.tenant) return (<><PageHeader title="New client" /><EmptyState title="No tenant yet" /></>);
  return (
    <>
      <Breadcrumb list="Clients" href="/clients" current="New" />
      <PageHeader title="New client" description={`Records how a user of ${ctx.tenant.displayName} connects.`} />
      <div className="max-w-4xl">
        <RecordForm sections={clientSections(true)} initial={{ app: "windowsAppWindows" }} save={createClientAction} submitLabel="Create client" cancelHref="/clients" detailBasePath="/clients" />
      </div>
    </>
  );
}
