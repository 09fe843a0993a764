import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { NotAvailable, Forbidden } from "@/components/ui/states";
import { viewerCan } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Capability matrix" };

export default async function Page() {
  const allowed = await viewerCan("tenant:read");
  return (
    <>
      <PageHeader title="Capability matrix" description="What each join type and identity type supports, with this tenant's counts and the findings that break it." />
      {allowed ? <NotAvailable area="Capability matrix" /> : <Forbidden />}
    </>
  );
}
