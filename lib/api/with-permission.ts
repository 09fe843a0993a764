import "server-only";
import { NextResponse } from "next/server";
import { getViewer, type Viewer } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";

type Handler<P> = (request: Request, context: { viewer: Viewer; params: P }) => Promise<Response>;

/** The route-handler twin of authorizedAction: 401 without a session, 403 without the role, JSON errors. */
export function withPermission<P = Record<string, string>>(permission: Permission, handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const viewer = await getViewer();
    if (!viewer) return NextResponse.json({ error: "unauthenticated", message: "Sign in first." }, { status: 401 });
    if (!can(viewer.role, permission)) return NextResponse.json({ error: "forbidden", message: "Your role does not allow this." }, { status: 403 });
    try {
      return await handler(request, { viewer, params: await context.params });
    } catch (error) {
      if (error instanceof DomainError) {
        const status = error.code === "not_found" ? 404 : error.code === "conflict" || error.code === "busy" ? 409 : 400;
        return NextResponse.json({ error: error.code, message: error.message }, { status });
      }
      console.error("[api] unexpected failure", error);
      return NextResponse.json({ error: "internal", message: "Something went wrong." }, { status: 500 });
    }
  };
}
