import type { Metadata } from "next";
import { InventoryListPage } from "@/components/inventory/list-page";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { listUsers } from "@/lib/users/queries";
import { UserListParams } from "@/lib/validations/inventory";
import { firstValues } from "@/lib/validations/table-params";
import { RunEvaluationControl } from "../_components/run-evaluation-control";
import { runEvaluationAction } from "../actions";
import { UserTable } from "./_components/user-table";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getInventoryContext();
  const raw = firstValues(await searchParams);
  const tenant = ctx.canRead ? ctx.tenant : null;
  const params = UserListParams.parse(raw);
  const page = tenant ? await listUsers(tenant.id, params) : null;
  return (
    <InventoryListPage
      ctx={ctx}
      title="Users"
      description="Directory users with their identity type, their Cloud PCs and the open findings about them and their devices."
      create={{ href: "/users/new", label: "New user" }}
      what="user"
      changed={raw.changed}
      evaluate={tenant ? <RunEvaluationControl tenantId={tenant.id} runEvaluation={runEvaluationAction} /> : null}
    >
      {tenant && page ? (
        <UserTable
          tenantId={tenant.id}
          initial={{ params, page }}
          canExport={ctx.canExport}
          emptyBody={ctx.canEdit ? "Import a snapshot on the Reports page, or add one with New user." : "An admin imports them with a tenant snapshot."}
        />
      ) : null}
    </InventoryListPage>
  );
}
