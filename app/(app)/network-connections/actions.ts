"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { DomainError } from "@/lib/errors";
import { withConflictResult } from "@/lib/inventory/write";
import { createNetworkConnection, deleteNetworkConnection, updateNetworkConnection } from "@/lib/network-connections/mutations";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { RecordRef } from "@/lib/validations/form-fields";
import { CreateNetworkConnectionInput, UpdateNetworkConnectionInput } from "@/lib/validations/network-connection";

export const createNetworkConnectionAction = authorizedAction("tenant:edit", CreateNetworkConnectionInput, async (input, viewer) => {
  const { selected } = await getSelectedTenant();
  if (!selected) throw new DomainError("not_found", "Select a tenant first.");
  const { id } = await createNetworkConnection(selected.id, input, viewer);
  revalidatePath("/", "layout");
  return { ok: true, message: "Network connection created.", data: { id } };
});

export const updateNetworkConnectionAction = authorizedAction("tenant:edit", UpdateNetworkConnectionInput, (input, viewer) =>
  withConflictResult(async () => {
    const { changed } = await updateNetworkConnection(input, viewer);
    revalidatePath("/", "layout");
    return { ok: true, message: changed.length === 0 ? "Nothing changed." : "Network connection saved.", data: { id: input.id } };
  }),
);

export const deleteNetworkConnectionAction = authorizedAction("tenant:edit", RecordRef, (input, viewer) =>
  withConflictResult(async () => {
    await deleteNetworkConnection(input, viewer);
    revalidatePath("/", "layout");
    return { ok: true, message: "Network connection deleted." };
  }),
);
