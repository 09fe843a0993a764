"use client";

import { RouteError } from "@/components/inventory/route-error";

export default function CloudPcsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RouteError what="Cloud PCs" reset={reset} digest={error.digest} />;
}
