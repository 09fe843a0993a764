import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Forbidden } from "@/components/ui/states";
import { Breadcrumb } from "@/components/inventory/detail-layout";
import { RecordForm } from "@/components/inventory/record-form";
import { listPolicyChoices } from "@/lib/cloud-pcs/detail";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { createCloudPcAction } from "../actions";
import { cloudPcSections } from "../_components/cloud-pc-fields";

export const metadata: Metadata = { title: "New Cloud PC" };

export default async function NewCloudPcPage() {
  const ctx = await getInventoryContext();
  if (!ctx.canEdit) return (<><PageHeader title="New Cloud PC" /><Forbidden>Only admins edit tenant data.</Forbidden></>);
  if (!ctx.tenant) return (<><PageHeader title="New Cloud PC" /><EmptyState title="No tenant yet" /></>);
  return (
    <>
      <Breadcrumb list="Cloud PCs" href="/cloud-pcs" current="New" />
      <PageHeader title="New Cloud PC" description={`Adds a Cloud PC to ${ctx.tenant.displayName}'s data, for one that is not in the last import.`} />
      <div className="max-w-4xl">
        <RecordForm
          sections={cloudPcSections(await listPolicyChoices(ctx.tenant.id), true)}
          initial={{ ssoApplied: "", smartCardDriversInstalled: "" }}
          save={createCloudPcAction}
          submitLabel="Create Cloud PC"
          cancelHref="/cloud-pcs"
          detailBasePath="/cloud-pcs"
        />
      </div>
    </>
  );
}
