"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function EntraSignIn({ callbackUrl }: { callbackUrl: string }) {
  return (
    <Button type="button" variant="secondary" className="w-full" onClick={() => signIn("azure-ad", { callbackUrl })}>
      Sign in with Microsoft Entra ID
    </Button>
  );
}
