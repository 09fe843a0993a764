"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { inventoryKeys } from "@/lib/ui/query-keys";

/**
 * Deletes a record after a confirmation in a modal dialog (native `<dialog>`: focus stays inside,
 * Escape closes it). The version the page showed goes with the request, so a record someone changed
 * in the meantime is not deleted unseen.
 */
export function DeleteRecord({
  what,
  name,
  record,
  remove,
  afterHref,
}: {
  what: string;
  name: string;
  record: { id: string; version: number };
  remove: (input: { id: string; version: number }) => Promise<ActionResult<unknown>>;
  afterHref: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const confirm = () =>
    startTransition(async () => {
      const result = await remove(record);
      if (result.ok) {
        dialog.current?.close();
        await queryClient.invalidateQueries({ queryKey: inventoryKeys.all });
        router.push(afterHref);
      } else {
        setError(result.message);
      }
    });

  return (
    <>
      <Button type="button" variant="secondary" onClick={() => dialog.current?.showModal()}>
        <Trash2 className="h-4 w-4" aria-hidden="true" />
        Delete
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-title"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id="delete-title" className="text-base font-semibold">
          Delete {what} {name}?
        </h2>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          The record is removed from this tenant&apos;s data; the audit log keeps what it held. Its findings are resolved by the next evaluation.
        </p>
        {error ? (
          <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        ) : null}
        <div className="mt-4 flex justify-end gap-2">
          <Button type="button" variant="ghost" onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          <Button type="button" variant="danger" onClick={confirm} disabled={pending}>
            {pending ? "Deleting…" : `Delete ${what}`}
          </Button>
        </div>
      </dialog>
    </>
  );
}
