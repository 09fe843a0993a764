import { NextResponse } from "next/server";
import { withPermission } from "@/lib/api/with-permission";
import { invalidInput } from "@/lib/diagnosis/invalid-input";
import { loadDiagnosisSubjects } from "@/lib/diagnosis/load-slice";
import { DiagnosisSubjectParams } from "@/lib/validations/diagnosis";

/** A user's Cloud PCs and recorded clients, for the diagnosis pickers. */
export const GET = withPermission("diagnosis:run", async (request) => {
  const parsed = DiagnosisSubjectParams.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return invalidInput(parsed.error);
  return NextResponse.json(await loadDiagnosisSubjects(parsed.data.tenantId, parsed.data.userId), { headers: { "cache-control": "no-store" } });
});
