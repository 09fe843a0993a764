import Link from "next/link";
import { Card } from "@/components/ui/card";
import { listDiagnosisHistory } from "@/lib/diagnosis/queries";
import { DiagnosisHistoryList } from "./diagnosis-history-list";

/**
 * A user's diagnosis history for their page (a server component): mount it with the tenant's id and
 * the user's Graph id. `canDiagnose` adds a link that opens the diagnosis on this user.
 */
export async function DiagnosisHistory({ tenantId, userId, canDiagnose = false }: { tenantId: string; userId: string; canDiagnose?: boolean }) {
  const { items, total } = await listDiagnosisHistory(tenantId, userId, 10);
  return (
    <Card
      title="Help-desk diagnoses"
      actions={
        canDiagnose ? (
          <Link href={`/diagnose?user=${encodeURIComponent(userId)}`} className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
            Diagnose this user
          </Link>
        ) : undefined
      }
    >
      <DiagnosisHistoryList items={items} total={total} />
    </Card>
  );
}
