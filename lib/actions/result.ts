export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; conflict?: RecordConflictInfo };

/**
 * A save refused because someone else changed (or deleted: `current` null) the record since the form
 * was opened: their values in the form's own shape, so the form can show them beside the user's input.
 */
export interface RecordConflictInfo {
  version: number | null;
  current: Record<string, string | string[]> | null;
}

export const initialActionResult = null;
