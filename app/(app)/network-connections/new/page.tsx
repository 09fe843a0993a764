import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Forbidden } from "@/components/ui/states";
import { Breadcrumb } from "@/components/inventory/detail-layout";
import { RecordForm } from "@/components/inventory/record-form";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { createNetworkConnectionAction } from "../actions";
import { networkConnectionSections } from "../_components/network-connection-fields";

export const metadata: Metadata = { title: "New network connection" };

export default async function NewNetworkConnectionPage() {
  const ctx = await getInventoryContext();
  if (!ctx.canEdit) return (<><PageHeader title="New network connection" /><Forbidden>Only admins edit tenant data.</Forbidden></>);
  if (!ctx.tenant) return (<><PageHeader title="New network connection" /><EmptyState title="No tenant yet" /></>);
  return (
    <>
      <Breadcrumb list="Network connections" href="/network-connections" current="New" />
      <PageHeader title="New network connection" description={`Adds an Azure network connection to ${ctx.tenant.displayName}'s data.`} />
      <div className="max-w-4xl">
        <RecordForm
          sections={networkConnectionSections(true)}
          initial={{ connectionType: "hybridAzureADJoin" }}
          save={createNetworkConnectionAction}
          submitLabel="Create network connection"
          cancelHref="/network-connections"
          detailBasePath="/network-connections"
        />
      </div>
    </>
  );
}
