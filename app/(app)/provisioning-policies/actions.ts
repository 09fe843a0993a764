"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { withConflictResult } from "@/lib/inventory/write";
import { updateProvisioningPolicy } from "@/lib/provisioning-policies/mutations";
import { UpdateProvisioningPolicyInput } from "@/lib/validations/provisioning-policy";

export const updateProvisioningPolicyAction = authorizedAction("tenant:edit", UpdateProvisioningPolicyInput, (input, viewer) =>
  withConflictResult(async () => {
    const { changed, cloudPcsUpdated } = await updateProvisioningPolicy(input, viewer);
    revalidatePath("/", "layout");
    const message = changed.length === 0 ? "Nothing changed." : `Provisioning policy saved${cloudPcsUpdated ? `; ${cloudPcsUpdated} Cloud PCs follow it` : ""}.`;
    return { ok: true, message, data: { id: input.id } };
  }),
);
