import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Forbidden } from "@/components/ui/states";
import { Breadcrumb } from "@/components/inventory/detail-layout";
import { RecordNotFound } from "@/components/inventory/not-found";
import { RecordForm } from "@/components/inventory/record-form";
import { decodeIdParam, detailPath } from "@/lib/inventory/links";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { identityTypeLabels, labelOf } from "@/lib/ui/labels";
import { getUserEditor } from "@/lib/users/detail";
import { updateUserAction } from "../../actions";
import { userSections } from "../../_components/user-fields";

export const metadata: Metadata = { title: "Edit user" };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getInventoryContext();
  if (!ctx.canEdit) return (<><PageHeader title="Edit user" /><Forbidden>Only admins edit tenant data.</Forbidden></>);
  const editor = await getUserEditor(decodeIdParam((await params).id));
  if (!editor) return <RecordNotFound what="User" listHref="/users" listLabel="users" />;
  return (
    <>
      <Breadcrumb list="Users" href="/users" current={editor.name} />
      <PageHeader
        title={`Edit ${editor.name}`}
        description={`Identity type now: ${labelOf(identityTypeLabels, editor.derivedIdentityType)}. Saving derives it again from the facts below, or takes the override.`}
      />
      <div className="max-w-4xl">
        <RecordForm
          sections={userSections(false)}
          initial={editor.values}
          record={{ id: editor.id, version: editor.version }}
          save={updateUserAction}
          submitLabel="Save user"
          cancelHref={detailPath("user", editor.id)}
          detailBasePath="/users"
        />
      </div>
    </>
  );
}
