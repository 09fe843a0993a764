import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { NotAvailable, Forbidden } from "@/components/ui/states";
import { viewerCan } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit" };

export default async function Page() {
  const allowed = await viewerCan("audit:read");
  return (
    <>
      <PageHeader title="Audit" description="Every change, triage decision, import, evaluation, diagnosis, export and sign-in." />
      {allowed ? <NotAvailable area="Audit" /> : <Forbidden />}
    </>
  );
}
