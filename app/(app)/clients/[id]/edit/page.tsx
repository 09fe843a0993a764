import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Forbidden } from "@/components/ui/states";
import { Breadcrumb } from "@/components/inventory/detail-layout";
import { RecordNotFound } from "@/components/inventory/not-found";
import { RecordForm } from "@/components/inventory/record-form";
import { getClientEditor } from "@/lib/clients/detail";
import { decodeIdParam, detailPath } from "@/lib/inventory/links";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { updateClientAction } from "../../actions";
import { clientSections } from "../../_components/client-fields";

export const metadata: Metadata = { title: "Edit client" };

export default async function EditClientPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getInventoryContext();
  if (!ctx.canEdit) return (<><PageHeader title="Edit client" /><Forbidden>Only admins edit tenant data.</Forbidden></>);
  const editor = await getClientEditor(decodeIdParam((await params).id));
  if (!editor) return <RecordNotFound what="Client" listHref="/clients" listLabel="clients" />;
  return (
    <>
      <Breadcrumb list="Clients" href="/clients" current={editor.name} />
      <PageHeader title={`Edit ${editor.name}`} description="Changes are saved to Sightline's copy of the tenant and audited; evaluate again afterwards to update the findings." />
      <div className="max-w-4xl">
        <RecordForm
          sections={clientSections(false)}
          initial={editor.values}
          record={{ id: editor.id, version: editor.version }}
          save={updateClientAction}
          submitLabel="Save client"
          cancelHref={detailPath("client", editor.id)}
          detailBasePath="/clients"
        />
      </div>
    </>
  );
}
