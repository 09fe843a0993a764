/**
 * The values of a record form, as the form's inputs hold them: text, "true"/"false"/"" for a fact that
 * may be unrecorded, lists for checkbox groups. The edit page fills the form from them, and a conflict
 * sends the other person's values back in the same shape.
 */
export type FormValues = Record<string, string | string[]>;

export const textValue = (value: string | null | undefined): string => value ?? "";

export const flagValue = (value: boolean | null | undefined): string => (value === true ? "true" : value === false ? "false" : "");
