import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";
import { can, type Permission } from "./permissions";
import type { Role } from "@/lib/validations/enums";

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The signed-in person of this request, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, email: user.email ?? "", name: user.name ?? user.email ?? "", role: user.role };
});

/** For pages: sends a visitor without a session to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

/** For pages: true when the viewer holds the permission (the page shows a refusal otherwise). */
export async function viewerCan(permission: Permission): Promise<boolean> {
  const viewer = await getViewer();
  return can(viewer?.role, permission);
}
