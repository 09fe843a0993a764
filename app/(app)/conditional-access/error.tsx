"use client";

import { RouteError } from "@/components/inventory/route-error";

export default function ConditionalAccessError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RouteError what="Conditional Access policies" reset={reset} digest={error.digest} />;
}
