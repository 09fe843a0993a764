"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { inventoryKeys } from "@/lib/ui/query-keys";
import { paramsRecord, useUrlParams } from "./use-url-params";

export interface TablePage<Item> {
  items: Item[];
  total: number;
}

async function fetchPage<Item>(url: string): Promise<TablePage<Item>> {
  const response = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `The list could not be loaded (${response.status}).`);
  }
  return response.json() as Promise<TablePage<Item>>;
}

/**
 * One page of an inventory table, driven by the URL: the parameters are parsed with the table's own
 * schema (the one the server used), and the rows come from the table's JSON route. The server's
 * render seeds the cache, so the first paint needs no request.
 */
export function useTableQuery<Schema extends z.ZodType, Item>(options: {
  entity: string;
  tenantId: string;
  schema: Schema;
  endpoint: string;
  initial: { params: z.infer<Schema>; page: TablePage<Item> };
}) {
  const url = useUrlParams();
  const params = options.schema.parse(paramsRecord(url.searchParams)) as z.infer<Schema>;
  const isInitial = JSON.stringify(params) === JSON.stringify(options.initial.params);
  const query = useQuery({
    queryKey: inventoryKeys.list(options.entity, options.tenantId, params as object),
    queryFn: () => fetchPage<Item>(`${options.endpoint}?${url.searchParams.toString()}`),
    initialData: isInitial ? options.initial.page : undefined,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
  return { ...url, params, query };
}
