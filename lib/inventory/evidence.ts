import { z } from "zod";
import type { EvidenceItem } from "@/lib/rules/types";

// Evidence is written by the evaluation, but it is still text read back from the database: a row
// written by an older release must not break a detail page, so it is checked rather than cast.
const EvidenceItemSchema = z.object({
  label: z.string(),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  ref: z.object({ entityType: z.string(), entityId: z.string() }).optional(),
});
const EvidenceList = z.array(EvidenceItemSchema);

/** The evidence of a finding (`Finding.evidenceJson`), or null when the stored text is not evidence. */
export function parseEvidence(evidenceJson: string): EvidenceItem[] | null {
  try {
    const parsed = EvidenceList.safeParse(JSON.parse(evidenceJson));
    return parsed.success ? (parsed.data as EvidenceItem[]) : null;
  } catch {
    return null;
  }
}

/** How an evidence value reads: booleans as yes/no, null as "not recorded". */
export function formatEvidenceValue(value: EvidenceItem["value"]): string {
  if (value === null) return "not recorded";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}
