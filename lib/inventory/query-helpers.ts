import type { FlagFilter } from "@/lib/validations/inventory";
import { parseSort } from "@/lib/validations/inventory";

/** One page of a table, as the page and its JSON route both return it. */
export interface ListResult<Item> {
  items: Item[];
  total: number;
}

/** `yes` / `no` / `unknown` as a column condition (unknown: the fact is not recorded, NULL). */
export function flagWhere(flag: FlagFilter): boolean | null | undefined {
  if (flag === "yes") return true;
  if (flag === "no") return false;
  if (flag === "unknown") return null;
  return undefined;
}

/**
 * The ORDER BY of a sort parameter. Each table maps its sort keys to columns that lead an index on
 * (tenantId, column), and ends with a unique column so rows never swap places between pages.
 */
export function orderByOf<Order>(sort: string, columns: Record<string, (direction: "asc" | "desc") => Order[]>, fallback: string): Order[] {
  const { key, desc } = parseSort(sort);
  const build = columns[key] ?? columns[fallback];
  return build(desc ? "desc" : "asc");
}

export function pageWindow(params: { page: number; pageSize: number }): { skip: number; take: number } {
  return { skip: (params.page - 1) * params.pageSize, take: params.pageSize };
}

/** Distinct non-empty values, for batched look-ups of a page's related rows. */
export function distinct(values: Iterable<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const value of values) if (value) out.add(value);
  return [...out];
}
