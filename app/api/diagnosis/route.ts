import { NextResponse } from "next/server";
import { withPermission } from "@/lib/api/with-permission";
import { invalidInput } from "@/lib/diagnosis/invalid-input";
import { runDiagnosis } from "@/lib/diagnosis/run";
import { DiagnosisInput } from "@/lib/validations/diagnosis";

/** Diagnoses one user (with the agent's answers and client choice) and saves it to the history. */
export const POST = withPermission("diagnosis:run", async (request, { viewer }) => {
  const body: unknown = await request.json().catch(() => null);
  const parsed = DiagnosisInput.safeParse(body);
  if (!parsed.success) return invalidInput(parsed.error);
  return NextResponse.json(await runDiagnosis(parsed.data, viewer), { headers: { "cache-control": "no-store" } });
});
