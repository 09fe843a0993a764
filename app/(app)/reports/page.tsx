import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { NotAvailable, Forbidden } from "@/components/ui/states";
import { viewerCan } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Reports" };

export default async function Page() {
  const allowed = await viewerCan("export");
  return (
    <>
      <PageHeader title="Reports" description="CSV reports of every view, for auditors." />
      {allowed ? <NotAvailable area="Reports" /> : <Forbidden />}
    </>
  );
}
