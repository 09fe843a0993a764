import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Forbidden } from "@/components/ui/states";
import { Breadcrumb } from "@/components/inventory/detail-layout";
import { RecordNotFound } from "@/components/inventory/not-found";
import { RecordForm } from "@/components/inventory/record-form";
import { getCloudPcEditor } from "@/lib/cloud-pcs/detail";
import { decodeIdParam, detailPath } from "@/lib/inventory/links";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { updateCloudPcAction } from "../../actions";
import { cloudPcSections } from "../../_components/cloud-pc-fields";

export const metadata: Metadata = { title: "Edit Cloud PC" };

export default async function EditCloudPcPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getInventoryContext();
  if (!ctx.canEdit) return (<><PageHeader title="Edit Cloud PC" /><Forbidden>Only admins edit tenant data.</Forbidden></>);
  const editor = await getCloudPcEditor(decodeIdParam((await params).id));
  if (!editor) return <RecordNotFound what="Cloud PC" listHref="/cloud-pcs" listLabel="Cloud PCs" />;
  return (
    <>
      <Breadcrumb list="Cloud PCs" href="/cloud-pcs" current={editor.displayName} />
      <PageHeader title={`Edit ${editor.displayName}`} description="Changes are saved to Sightline's copy of the tenant and audited; evaluate again afterwards to update the findings." />
      <div className="max-w-4xl">
        <RecordForm
          sections={cloudPcSections(editor.policies, false)}
          initial={editor.values}
          record={{ id: editor.id, version: editor.version }}
          save={updateCloudPcAction}
          submitLabel="Save Cloud PC"
          cancelHref={detailPath("cloudPc", editor.id)}
          detailBasePath="/cloud-pcs"
        />
      </div>
    </>
  );
}
