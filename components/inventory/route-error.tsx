"use client";

import { AlertTriangle } from "lucide-react";
import { Button } from "@/components/ui/button";

/** The error state of an inventory route (its error.tsx): says what failed and offers a retry. */
export function RouteError({ what, reset, digest }: { what: string; reset: () => void; digest?: string }) {
  return (
    <div role="alert" className="flex flex-col items-center justify-center rounded-xl border border-dashed border-red-300 bg-white px-6 py-14 text-center dark:border-red-500/40 dark:bg-slate-900">
      <div className="mb-3 rounded-full bg-red-50 p-3 text-red-700 dark:bg-red-500/10 dark:text-red-300">
        <AlertTriangle className="h-6 w-6" aria-hidden="true" />
      </div>
      <h1 className="text-base font-semibold">The {what} could not be loaded</h1>
      <p className="mt-1 max-w-md text-sm text-slate-600 dark:text-slate-400">
        Nothing was changed. Try again; if it keeps failing, the server log has the details{digest ? ` (reference ${digest})` : ""}.
      </p>
      <Button type="button" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
