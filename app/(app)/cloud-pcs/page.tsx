import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { NotAvailable, Forbidden } from "@/components/ui/states";
import { viewerCan } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Cloud PCs" };

export default async function Page() {
  const allowed = await viewerCan("tenant:read");
  return (
    <>
      <PageHeader title="Cloud PCs" description="Every Cloud PC with its join type, OS, SSO state and open findings." />
      {allowed ? <NotAvailable area="Cloud PCs" /> : <Forbidden />}
    </>
  );
}
