import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { NotAvailable, Forbidden } from "@/components/ui/states";
import { viewerCan } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Provisioning policies" };

export default async function Page() {
  const allowed = await viewerCan("tenant:read");
  return (
    <>
      <PageHeader title="Provisioning policies" description="Join type, single sign-on and network connection of each provisioning policy." />
      {allowed ? <NotAvailable area="Provisioning policies" /> : <Forbidden />}
    </>
  );
}
