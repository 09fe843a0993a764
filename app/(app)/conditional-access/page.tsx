import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { NotAvailable, Forbidden } from "@/components/ui/states";
import { viewerCan } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Conditional Access" };

export default async function Page() {
  const allowed = await viewerCan("tenant:read");
  return (
    <>
      <PageHeader title="Conditional Access" description="Policies that govern sign-in to the Cloud PC apps: MFA, authentication strength, sign-in frequency, token protection." />
      {allowed ? <NotAvailable area="Conditional Access" /> : <Forbidden />}
    </>
  );
}
