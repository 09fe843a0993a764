import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Forbidden } from "@/components/ui/states";
import { Breadcrumb } from "@/components/inventory/detail-layout";
import { RecordNotFound } from "@/components/inventory/not-found";
import { RecordForm } from "@/components/inventory/record-form";
import { decodeIdParam, detailPath } from "@/lib/inventory/links";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { getNetworkConnectionEditor } from "@/lib/network-connections/detail";
import { updateNetworkConnectionAction } from "../../actions";
import { networkConnectionSections } from "../../_components/network-connection-fields";

export const metadata: Metadata = { title: "Edit network connection" };

export default async function EditNetworkConnectionPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getInventoryContext();
  if (!ctx.canEdit) return (<><PageHeader title="Edit network connection" /><Forbidden>Only admins edit tenant data.</Forbidden></>);
  const editor = await getNetworkConnectionEditor(decodeIdParam((await params).id));
  if (!editor) return <RecordNotFound what="Network connection" listHref="/network-connections" listLabel="network connections" />;
  return (
    <>
      <Breadcrumb list="Network connections" href="/network-connections" current={editor.name} />
      <PageHeader title={`Edit ${editor.name}`} description="Changes are saved to Sightline's copy of the tenant and audited; evaluate again afterwards to update the findings." />
      <div className="max-w-4xl">
        <RecordForm
          sections={networkConnectionSections(false)}
          initial={editor.values}
          record={{ id: editor.id, version: editor.version }}
          save={updateNetworkConnectionAction}
          submitLabel="Save network connection"
          cancelHref={detailPath("networkConnection", editor.id)}
          detailBasePath="/network-connections"
        />
      </div>
    </>
  );
}
