import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { NotAvailable, Forbidden } from "@/components/ui/states";
import { viewerCan } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Clients" };

export default async function Page() {
  const allowed = await viewerCan("tenant:read");
  return (
    <>
      <PageHeader title="Clients" description="How people connect: app, local OS, management, saved credentials and network reach." />
      {allowed ? <NotAvailable area="Clients" /> : <Forbidden />}
    </>
  );
}
