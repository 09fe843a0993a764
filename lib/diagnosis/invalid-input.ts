import { NextResponse } from "next/server";
import type { z } from "zod";

/** A 400 that names the fields at fault, for the diagnosis routes' query and body checks. */
export function invalidInput(error: z.ZodError): NextResponse {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return NextResponse.json({ error: "invalid", message: "Some fields need attention.", fieldErrors }, { status: 400 });
}
