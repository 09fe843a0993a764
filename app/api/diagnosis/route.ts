import { NextResponse } from "next/server";
import { withPermission } from "@/lib/api/with-permission";
import { invalidInput } from "@/lib/diagnosis/invalid-input";
import { MAX_DIAGNOSIS_REQUEST_BYTES } from "@/lib/diagnosis/request-limit";
import { runDiagnosis } from "@/lib/diagnosis/run";
import { readTextAtMost } from "@/lib/import/request-body";
import { DiagnosisInput } from "@/lib/validations/diagnosis";

/** Diagnoses one user (with the agent's answers and client choice) and saves it to the history. */
export const POST = withPermission("diagnosis:run", async (request, { viewer }) => {
  const text = await readTextAtMost(request, MAX_DIAGNOSIS_REQUEST_BYTES);
  if (text === null) return NextResponse.json({ error: "too_large", message: "The diagnosis request is larger than 64 KB." }, { status: 413 });
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  const parsed = DiagnosisInput.safeParse(body);
  if (!parsed.success) return invalidInput(parsed.error);
  return NextResponse.json(await runDiagnosis(parsed.data, viewer), { headers: { "cache-control": "no-store" } });
});
