import "server-only";
import type { z } from "zod";
import { getViewer, type Viewer } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/permissions";
import { DomainError, prismaErrorCode } from "@/lib/errors";
import type { ActionResult } from "./result";
import { formDataToObject } from "./form-data";

/**
 * The one wrapper every server action goes through: session, role, then zod input, then the work.
 * A server action is a public POST endpoint, so authorization lives here and never only in the UI.
 */
export function authorizedAction<S extends z.ZodType, T = undefined>(
  permission: Permission,
  schema: S,
  work: (input: z.infer<S>, viewer: Viewer) => Promise<ActionResult<T>>,
) {
  return async function run(input: FormData | Record<string, unknown>): Promise<ActionResult<T>> {
    const viewer = await getViewer();
    if (!viewer) return { ok: false, message: "Your session has ended. Sign in again." };
    if (!can(viewer.role, permission)) return { ok: false, message: "Your role does not allow this." };

    const raw = input instanceof FormData ? formDataToObject(input) : input;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join(".") || "_";
        (fieldErrors[key] ??= []).push(issue.message);
      }
      return { ok: false, message: "Some fields need attention.", fieldErrors };
    }
    try {
      return await work(parsed.data, viewer);
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
      const code = prismaErrorCode(error);
      if (code === "P2002") return { ok: false, message: "A record with these identifying values already exists." };
      if (code === "P2025") return { ok: false, message: "The record no longer exists." };
      console.error("[action] unexpected failure", error);
      return { ok: false, message: "Something went wrong; nothing was changed. Try again." };
    }
  };
}
