import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { NotAvailable, Forbidden } from "@/components/ui/states";
import { viewerCan } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Network connections" };

export default async function Page() {
  const allowed = await viewerCan("tenant:read");
  return (
    <>
      <PageHeader title="Network connections" description="Azure network connections and their health checks, including domain controller line of sight and the Kerberos server object check." />
      {allowed ? <NotAvailable area="Network connections" /> : <Forbidden />}
    </>
  );
}
