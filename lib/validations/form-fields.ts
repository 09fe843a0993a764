import { z } from "zod";

/**
 * Field schemas for the record forms. Form fields always arrive as strings (an empty field as "", a
 * field the form did not send as undefined); these turn them into the snapshot's values, where null
 * means "not recorded".
 */

/** Text that may be left empty: empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((value) => (value ? value : null));

export const requiredText = (max: number, what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(max, `Use at most ${max} characters`);

/** A fact that may be true, false or not recorded: a select of "", "true", "false". */
export const triState = z
  .enum(["", "true", "false"], { error: "Choose yes, no or not recorded" })
  .optional()
  .transform((value) => (value === "true" ? true : value === "false" ? false : null));

/** The value of an optional select: empty becomes null, anything else must be one of `values`. */
export function optionalChoice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z
    .union([z.literal(""), z.enum(values, { error: message })])
    .optional()
    .transform((value) => (value ? (value as T[number]) : null));
}

/** A checkbox group (`name[]`): absent when nothing is ticked. */
export function choiceList<const T extends readonly [string, ...string[]]>(values: T) {
  return z.array(z.enum(values, { error: "Choose from the listed values" })).optional().transform((list) => [...new Set(list ?? [])]);
}

/** The source id of a new record: optional, Sightline assigns one when it is left empty. */
export const newSourceId = z
  .string()
  .trim()
  .max(200, "Use at most 200 characters")
  .regex(/^[^\s/\\?#%]*$/, "Use an id without spaces, slashes, ?, # or %")
  .optional()
  .transform((value) => (value ? value : null));

/** The id and version of the record a form was opened on. */
export const RecordRef = z.object({
  id: z.string().trim().min(1, "The record's id is missing").max(200),
  version: z.coerce.number({ error: "The record's version is missing" }).int().min(1),
});

/** A user principal name: name@domain, the shape Entra requires. */
export const userPrincipalName = z
  .string({ error: "The user principal name is required" })
  .trim()
  .min(3, "The user principal name is required")
  .max(400, "Use at most 400 characters")
  .regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, "Use the form name@domain, e.g. adele.vance@contoso.com");
