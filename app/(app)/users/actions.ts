"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { DomainError } from "@/lib/errors";
import { withConflictResult } from "@/lib/inventory/write";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { createUser, deleteUser, updateUser } from "@/lib/users/mutations";
import { RecordRef } from "@/lib/validations/form-fields";
import { CreateUserInput, UpdateUserInput } from "@/lib/validations/user";

export const createUserAction = authorizedAction("tenant:edit", CreateUserInput, async (input, viewer) => {
  const { selected } = await getSelectedTenant();
  if (!selected) throw new DomainError("not_found", "Select a tenant first.");
  const { id } = await createUser(selected.id, input, viewer);
  revalidatePath("/", "layout");
  return { ok: true, message: "User created.", data: { id } };
});

export const updateUserAction = authorizedAction("tenant:edit", UpdateUserInput, (input, viewer) =>
  withConflictResult(async () => {
    const { changed } = await updateUser(input, viewer);
    revalidatePath("/", "layout");
    return { ok: true, message: changed.length === 0 ? "Nothing changed." : "User saved.", data: { id: input.id } };
  }),
);

export const deleteUserAction = authorizedAction("tenant:edit", RecordRef, (input, viewer) =>
  withConflictResult(async () => {
    await deleteUser(input, viewer);
    revalidatePath("/", "layout");
    return { ok: true, message: "User deleted." };
  }),
);
