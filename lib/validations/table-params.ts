import { z } from "zod";

/** The URL parameters of every table: paging, search and sort. Filters are added per table. */
export const TableParams = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  pageSize: z.coerce.number().int().refine((n) => [10, 25, 50, 100].includes(n)).catch(25),
  q: z.string().trim().max(200).catch(""),
  sort: z.string().max(60).catch(""),
});
export type TableParams = z.infer<typeof TableParams>;

/** Reads Next's searchParams (string | string[] | undefined) into plain strings for zod. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined && value !== "") out[k] = value;
  }
  return out;
}
