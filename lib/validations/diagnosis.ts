import { z } from "zod";
import { ClientApp } from "./enums";

/** What the ticket says: the symptoms a help-desk agent can pick (lib/diagnosis/symptoms.ts says which rules matter for each). */
export const symptomIds = [
  "credentialPrompt",
  "passwordEveryConnection",
  "consentPrompt",
  "guestCannotSignIn",
  "webAuthnInSession",
  "smartCardInSession",
  "cannotConnect",
] as const;
export const SymptomId = z.enum(symptomIds);
export type SymptomId = z.infer<typeof SymptomId>;

const graphId = z.string().trim().min(1).max(200);

/** The client a diagnosis looks at: one the tenant data records, or an app picked on the spot (its facts unknown). */
export const DiagnosisClientChoice = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("recorded"), id: graphId }),
  z.object({ kind: z.literal("onTheSpot"), app: ClientApp }),
]);
export type DiagnosisClientChoice = z.infer<typeof DiagnosisClientChoice>;

/** Answers to the diagnosis's questions, by question id (lib/diagnosis/questions.ts checks ids and values). */
export const DiagnosisAnswers = z.record(z.string().max(80), z.string().max(80)).refine((answers) => Object.keys(answers).length <= 40, "Too many answers.");
export type DiagnosisAnswers = z.infer<typeof DiagnosisAnswers>;

/** One diagnosis request: who, on which Cloud PC, from which client, with which symptom, under which answers. */
export const DiagnosisInput = z.object({
  tenantId: z.string().trim().min(1).max(100),
  userId: graphId,
  /** Absent: the user's first Cloud PC (by name); a user without one is diagnosed without. */
  cloudPcId: graphId.nullish(),
  /** Absent: no client (the client checks are skipped). */
  client: DiagnosisClientChoice.nullish(),
  symptom: SymptomId,
  answers: DiagnosisAnswers.default({}),
});
export type DiagnosisInput = z.infer<typeof DiagnosisInput>;

/** The find-a-user box: what was typed, and how many matches to return. */
export const UserSearchParams = z.object({
  tenantId: z.string().trim().min(1).max(100),
  q: z.string().trim().max(200).catch(""),
  take: z.coerce.number().int().min(1).max(50).catch(10),
});

export const DiagnosisSubjectParams = z.object({
  tenantId: z.string().trim().min(1).max(100),
  userId: graphId,
});

export const DiagnosisExportParams = z.object({
  redact: z
    .enum(["0", "1", "true", "false"])
    .optional()
    .transform((value) => value === "1" || value === "true"),
});
