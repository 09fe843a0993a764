"use client";

import { useEffect, useId, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Search } from "lucide-react";
import type { UserMatch } from "@/lib/users/queries";
import { identityTypeLabels, labelOf } from "@/lib/ui/labels";
import { diagnosisKeys } from "@/lib/ui/query-keys";
import { fetchUserMatches } from "./api";

/** Waits until typing pauses, so each keystroke does not cost a request. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * Find a user by name or UPN as you type: an ARIA 1.2 combobox (arrow keys move, Enter picks, Escape
 * closes) over the same search the users page uses.
 */
export function UserSearch({ tenantId, selected, onSelect }: { tenantId: string; selected: UserMatch | null; onSelect: (user: UserMatch) => void }) {
  const id = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebounced(text.trim(), 150);
  const matches = useQuery({
    queryKey: diagnosisKeys.userSearch(tenantId, q),
    queryFn: ({ signal }) => fetchUserMatches(tenantId, q, signal),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const items = q.length > 0 ? (matches.data ?? []) : [];
  const listId = `${id}-list`;
  const showList = open && text.trim().length > 0;

  function pick(user: UserMatch) {
    onSelect(user);
    setText("");
    setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, Math.max(items.length - 1, 0)));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === "Enter" && showList && items[active]) {
      event.preventDefault();
      pick(items[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  }

  return (
    <div className="relative">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-200">
        Find the user
      </label>
      <div className="relative mt-1">
        <Search className="pointer-events-none absolute top-2.5 left-2.5 h-4 w-4 text-slate-400" aria-hidden="true" />
        <input
          id={id}
          role="combobox"
          aria-expanded={showList && items.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && items[active] ? `${listId}-${active}` : undefined}
          autoComplete="off"
          value={text}
          placeholder={selected ? "Find another user" : "Name or UPN"}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          className="block w-full rounded-md border border-slate-300 bg-white py-2 pr-3 pl-8 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none dark:border-slate-700 dark:bg-slate-950"
        />
      </div>
      {showList && items.length > 0 ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="Matching users"
          className="absolute z-20 mt-1 max-h-80 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {items.map((user, index) => (
            <li
              key={user.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(user);
              }}
              onMouseEnter={() => setActive(index)}
              className={`cursor-pointer px-3 py-2 ${index === active ? "bg-brand-50 dark:bg-brand-500/15" : ""}`}
            >
              <span className="block font-medium text-slate-900 dark:text-slate-100">{user.displayName || user.userPrincipalName}</span>
              <span className="block truncate text-xs text-slate-500 dark:text-slate-400">
                {user.userPrincipalName} · {labelOf(identityTypeLabels, user.identityType)}
              </span>
            </li>
          ))}
        </ul>
      ) : showList ? (
        <p role="status" className="absolute z-20 mt-1 w-full rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-500 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400">
          {matches.isFetching || q !== text.trim() ? "Searching…" : matches.isError ? "The search failed. Type again to retry." : "No user matches."}
        </p>
      ) : null}
    </div>
  );
}
