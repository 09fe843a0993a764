import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { NotAvailable, Forbidden } from "@/components/ui/states";
import { viewerCan } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Agents" };

export default async function Page() {
  const allowed = await viewerCan("tenant:read");
  return (
    <>
      <PageHeader title="Agents" description="Windows 365 for Agents: pools, agent sessions and their timelines." />
      {allowed ? <NotAvailable area="Agents" /> : <Forbidden />}
    </>
  );
}
