import { NextResponse } from "next/server";
import { withPermission } from "@/lib/api/with-permission";
import { invalidInput } from "@/lib/diagnosis/invalid-input";
import { searchUsers } from "@/lib/users/queries";
import { UserSearchParams } from "@/lib/validations/diagnosis";

/** Users whose name or UPN contains `q`, for find-as-you-type boxes (the diagnosis, the users page). */
export const GET = withPermission("tenant:read", async (request) => {
  const parsed = UserSearchParams.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return invalidInput(parsed.error);
  const { tenantId, q, take } = parsed.data;
  return NextResponse.json({ items: await searchUsers(tenantId, q, take) }, { headers: { "cache-control": "no-store" } });
});
