"use client";

import { RouteError } from "@/components/inventory/route-error";

export default function UsersError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RouteError what="users" reset={reset} digest={error.digest} />;
}
