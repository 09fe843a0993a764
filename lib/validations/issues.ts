import type { z } from "zod";

/** Whether zod's issue is about a value that is absent: zod words it as a type mismatch against undefined. */
export function isMissingValue(issue: z.core.$ZodIssue): boolean {
  return issue.code === "invalid_type" && issue.message.endsWith("received undefined");
}
