"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback } from "react";

export type ParamChanges = Record<string, string | null | undefined>;

/**
 * The table's state lives in the URL. Changes go through `history.pushState`, which Next's router
 * picks up for `useSearchParams` without a server round trip: the table fetches its rows itself, and a
 * reload or a shared link renders the same view on the server.
 */
export function useUrlParams() {
  const pathname = usePathname();
  const searchParams = useSearchParams();

  const hrefWith = useCallback(
    (changes: ParamChanges, { keepPage = false }: { keepPage?: boolean } = {}) => {
      const next = new URLSearchParams(searchParams.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === "") next.delete(key);
        else next.set(key, value);
      }
      // A new filter or sort starts at the first page; only the pager keeps (sets) the page.
      if (!keepPage && !("page" in changes)) next.delete("page");
      // `changed` announces one edit (the page's "saved" notice); it does not belong to the next view.
      next.delete("changed");
      const query = next.toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [pathname, searchParams],
  );

  const update = useCallback(
    (changes: ParamChanges, options?: { keepPage?: boolean }) => {
      window.history.pushState(null, "", hrefWith(changes, options));
    },
    [hrefWith],
  );

  return { searchParams, hrefWith, update };
}

/** URLSearchParams as the plain record the table schemas parse. */
export function paramsRecord(searchParams: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of searchParams) if (value !== "" && !(key in out)) out[key] = value;
  return out;
}
