import { NextResponse } from "next/server";
import { withPermission } from "@/lib/api/with-permission";
import { invalidInput } from "@/lib/diagnosis/invalid-input";
import { listDiagnosisHistory } from "@/lib/diagnosis/queries";
import { DiagnosisSubjectParams } from "@/lib/validations/diagnosis";

/** A user's latest diagnoses: who diagnosed them, when, and the verdict. */
export const GET = withPermission("tenant:read", async (request) => {
  const parsed = DiagnosisSubjectParams.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return invalidInput(parsed.error);
  return NextResponse.json(await listDiagnosisHistory(parsed.data.tenantId, parsed.data.userId), { headers: { "cache-control": "no-store" } });
});
