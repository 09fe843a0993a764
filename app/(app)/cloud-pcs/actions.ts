"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { createCloudPc, deleteCloudPc, updateCloudPc } from "@/lib/cloud-pcs/mutations";
import { DomainError } from "@/lib/errors";
import { withConflictResult } from "@/lib/inventory/write";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { CreateCloudPcInput, UpdateCloudPcInput } from "@/lib/validations/cloud-pc";
import { RecordRef } from "@/lib/validations/form-fields";

export const createCloudPcAction = authorizedAction("tenant:edit", CreateCloudPcInput, async (input, viewer) => {
  const { selected } = await getSelectedTenant();
  if (!selected) throw new DomainError("not_found", "Select a tenant first.");
  const { id } = await createCloudPc(selected.id, input, viewer);
  revalidatePath("/", "layout");
  return { ok: true, message: "Cloud PC created.", data: { id } };
});

export const updateCloudPcAction = authorizedAction("tenant:edit", UpdateCloudPcInput, (input, viewer) =>
  withConflictResult(async () => {
    const { changed } = await updateCloudPc(input, viewer);
    revalidatePath("/", "layout");
    return { ok: true, message: changed.length === 0 ? "Nothing changed." : "Cloud PC saved.", data: { id: input.id } };
  }),
);

export const deleteCloudPcAction = authorizedAction("tenant:edit", RecordRef, (input, viewer) =>
  withConflictResult(async () => {
    await deleteCloudPc(input, viewer);
    revalidatePath("/", "layout");
    return { ok: true, message: "Cloud PC deleted." };
  }),
);
