"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { createClient, deleteClient, updateClient } from "@/lib/clients/mutations";
import { DomainError } from "@/lib/errors";
import { withConflictResult } from "@/lib/inventory/write";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { CreateClientInput, UpdateClientInput } from "@/lib/validations/client";
import { RecordRef } from "@/lib/validations/form-fields";

export const createClientAction = authorizedAction("tenant:edit", CreateClientInput, async (input, viewer) => {
  const { selected } = await getSelectedTenant();
  if (!selected) throw new DomainError("not_found", "Select a tenant first.");
  const { id } = await createClient(selected.id, input, viewer);
  revalidatePath("/", "layout");
  return { ok: true, message: "Client created.", data: { id } };
});

export const updateClientAction = authorizedAction("tenant:edit", UpdateClientInput, (input, viewer) =>
  withConflictResult(async () => {
    const { changed } = await updateClient(input, viewer);
    revalidatePath("/", "layout");
    return { ok: true, message: changed.length === 0 ? "Nothing changed." : "Client saved.", data: { id: input.id } };
  }),
);

export const deleteClientAction = authorizedAction("tenant:edit", RecordRef, (input, viewer) =>
  withConflictResult(async () => {
    await deleteClient(input, viewer);
    revalidatePath("/", "layout");
    return { ok: true, message: "Client deleted." };
  }),
);
