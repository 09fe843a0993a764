"use server";

import { cookies } from "next/headers";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { getTenant } from "@/lib/tenants/queries";
import { TENANT_COOKIE } from "@/lib/tenants/selection";
import { SelectTenantInput } from "@/lib/validations/tenant";
import { DomainError } from "@/lib/errors";
import { revalidatePath } from "next/cache";
import { runEvaluation } from "@/lib/evaluation/run-evaluation";
import { RunEvaluationInput } from "@/lib/validations/evaluation";

export const selectTenantAction = authorizedAction("tenant:read", SelectTenantInput, async ({ tenantId }) => {
  const tenant = await getTenant(tenantId);
  if (!tenant) throw new DomainError("not_found", "That tenant does not exist.");
  (await cookies()).set(TENANT_COOKIE, tenant.id, { path: "/", httpOnly: true, sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  return { ok: true, message: `Now showing ${tenant.displayName}` };
});

export const runEvaluationAction = authorizedAction("evaluation:run", RunEvaluationInput, async ({ tenantId }, viewer) => {
  const summary = await runEvaluation({ tenantId, actor: { id: viewer.id, name: viewer.name, email: viewer.email, role: viewer.role } });
  revalidatePath("/", "layout");
  const c = summary.counts;
  return {
    ok: true,
    message: `Evaluation finished in ${(summary.durationMs / 1000).toFixed(1)} s: ${c.new} new, ${c.resolved} resolved, ${c.open} open, ${c.accepted} accepted.`,
  };
});
