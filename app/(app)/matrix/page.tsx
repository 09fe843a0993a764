import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { requireViewer } from "@/lib/auth/session";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { getCredentialCounts, getIdentityJoinCounts, getJoinMatrixCounts } from "@/lib/matrix/queries";
import { JoinMatrix } from "./_components/join-matrix";
import { IdentityJoinMatrix } from "./_components/identity-join-matrix";
import { CredentialMatrix } from "./_components/credential-matrix";
import { PrintButton } from "./_components/print-button";

export const metadata: Metadata = { title: "Capability matrix" };

export default async function MatrixPage() {
  await requireViewer();
  const { selected } = await getSelectedTenant();
  if (!selected) return <EmptyState title="No tenant yet" />;
  const [join, identity, credentials] = await Promise.all([
    getJoinMatrixCounts(selected.id),
    getIdentityJoinCounts(selected.id),
    getCredentialCounts(selected.id),
  ]);
  return (
    <>
      <PageHeader
        title="Capability matrix"
        description={`What each join type, identity type and credential supports in Windows 365, with ${selected.displayName}'s own counts. A red cell is broken by an open finding of the latest evaluation; click a count for the records behind it.`}
        actions={<PrintButton />}
      />
      <div className="space-y-10">
        <JoinMatrix counts={join} />
        <IdentityJoinMatrix cells={identity} />
        <CredentialMatrix counts={credentials} />
      </div>
    </>
  );
}
