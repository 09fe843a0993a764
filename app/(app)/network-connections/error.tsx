"use client";

import { RouteError } from "@/components/inventory/route-error";

export default function NetworkConnectionsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RouteError what="network connections" reset={reset} digest={error.digest} />;
}
