"use client";

import { RouteError } from "@/components/inventory/route-error";

export default function ProvisioningPoliciesError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <RouteError what="provisioning policies" reset={reset} digest={error.digest} />;
}
