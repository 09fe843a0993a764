"use client";

import { RouteError } from "@/components/inventory/route-error";

export default function ClientsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RouteError what="clients" reset={reset} digest={error.digest} />;
}
