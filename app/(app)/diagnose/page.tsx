import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { NotAvailable, Forbidden } from "@/components/ui/states";
import { viewerCan } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Diagnose" };

export default async function Page() {
  const allowed = await viewerCan("diagnosis:run");
  return (
    <>
      <PageHeader title="Diagnose" description="Why is this user stuck at sign-in? Walk the three authentication phases for one user, Cloud PC and client." />
      {allowed ? <NotAvailable area="Diagnose" /> : <Forbidden />}
    </>
  );
}
