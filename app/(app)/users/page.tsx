import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { NotAvailable, Forbidden } from "@/components/ui/states";
import { viewerCan } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Users" };

export default async function Page() {
  const allowed = await viewerCan("tenant:read");
  return (
    <>
      <PageHeader title="Users" description="Directory users with their identity type, its evidence and the join types they can use." />
      {allowed ? <NotAvailable area="Users" /> : <Forbidden />}
    </>
  );
}
