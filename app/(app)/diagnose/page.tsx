import type { Metadata } from "next";
import { z } from "zod";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Forbidden } from "@/components/ui/states";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { formatDateTime } from "@/lib/ui/format";
import { getUserMatch } from "@/lib/users/queries";
import { SymptomId } from "@/lib/validations/diagnosis";
import { firstValues } from "@/lib/validations/table-params";
import { DiagnoseWorkspace } from "./_components/diagnose-workspace";

export const metadata: Metadata = { title: "Diagnose" };

/** `?user=<Graph id>&symptom=<id>` open the page on a user and a symptom; anything else is ignored. */
const DiagnoseParams = z.object({
  user: z.string().trim().min(1).max(200).optional().catch(undefined),
  symptom: SymptomId.optional().catch(undefined),
});

export default async function DiagnosePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const description = "Why is this user stuck at sign-in? Walk the three authentication phases for one user, Cloud PC and client, and get the step that blocks with its fix.";
  if (!can(viewer.role, "diagnosis:run")) {
    return (
      <>
        <PageHeader title="Diagnose" description={description} />
        <Forbidden>The diagnosis is for the help desk and admins.</Forbidden>
      </>
    );
  }
  const { selected } = await getSelectedTenant();
  if (!selected) {
    return (
      <>
        <PageHeader title="Diagnose" description={description} />
        <EmptyState title="No tenant yet">An admin adds a tenant by importing a Microsoft Graph export or a tenant snapshot.</EmptyState>
      </>
    );
  }
  const params = DiagnoseParams.parse(firstValues(await searchParams));
  const initialUser = params.user ? await getUserMatch(selected.id, params.user) : null;
  return (
    <>
      <PageHeader title="Diagnose" description={`${description} Tenant data of ${selected.displayName} updated ${formatDateTime(selected.dataUpdatedAt)}.`} />
      <DiagnoseWorkspace
        // A new tenant or a new link starts a fresh diagnosis.
        key={`${selected.id}:${params.user ?? ""}`}
        tenant={{ id: selected.id, displayName: selected.displayName }}
        initialUser={initialUser}
        initialSymptom={params.symptom ?? null}
      />
    </>
  );
}
