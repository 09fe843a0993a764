import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Forbidden } from "@/components/ui/states";
import { Breadcrumb } from "@/components/inventory/detail-layout";
import { RecordNotFound } from "@/components/inventory/not-found";
import { RecordForm } from "@/components/inventory/record-form";
import { decodeIdParam, detailPath } from "@/lib/inventory/links";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { getProvisioningPolicyEditor } from "@/lib/provisioning-policies/detail";
import { updateProvisioningPolicyAction } from "../../actions";
import { provisioningPolicySections } from "../../_components/policy-fields";

export const metadata: Metadata = { title: "Edit provisioning policy" };

export default async function EditProvisioningPolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getInventoryContext();
  if (!ctx.canEdit) return (<><PageHeader title="Edit provisioning policy" /><Forbidden>Only admins edit tenant data.</Forbidden></>);
  const editor = await getProvisioningPolicyEditor(decodeIdParam((await params).id));
  if (!editor) return <RecordNotFound what="Provisioning policy" listHref="/provisioning-policies" listLabel="provisioning policies" />;
  return (
    <>
      <Breadcrumb list="Provisioning policies" href="/provisioning-policies" current={editor.name} />
      <PageHeader title={`Edit ${editor.name}`} description="The SSO and join facts Sightline evaluates. Changes are audited; evaluate again afterwards to update the findings." />
      <div className="max-w-4xl">
        <RecordForm
          sections={provisioningPolicySections(editor.connections, editor.cloudPcCount)}
          initial={editor.values}
          record={{ id: editor.id, version: editor.version }}
          save={updateProvisioningPolicyAction}
          submitLabel="Save provisioning policy"
          cancelHref={detailPath("provisioningPolicy", editor.id)}
          detailBasePath="/provisioning-policies"
        />
      </div>
    </>
  );
}
