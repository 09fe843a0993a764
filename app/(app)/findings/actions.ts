"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { acceptFindings, reopenFindings } from "@/lib/findings/exceptions";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { DomainError } from "@/lib/errors";
import { AcceptRiskInput, ReopenInput } from "@/lib/validations/triage";

async function selectedTenantId(): Promise<string> {
  const { selected } = await getSelectedTenant();
  if (!selected) throw new DomainError("not_found", "There is no tenant to triage.");
  return selected.id;
}

export const acceptRiskAction = authorizedAction("findings:triage", AcceptRiskInput, async (input, viewer) => {
  const { accepted } = await acceptFindings({ tenantId: await selectedTenantId(), ...input, actor: viewer });
  revalidatePath("/findings", "layout");
  return { ok: true, message: `Accepted the risk of ${accepted} finding${accepted === 1 ? "" : "s"} until ${input.expiresAt.toISOString().slice(0, 10)}.` };
});

export const reopenFindingsAction = authorizedAction("findings:triage", ReopenInput, async (input, viewer) => {
  const { reopened } = await reopenFindings({ tenantId: await selectedTenantId(), ...input, actor: viewer });
  revalidatePath("/findings", "layout");
  return { ok: true, message: `Reopened ${reopened} finding${reopened === 1 ? "" : "s"}.` };
});
