import { z } from "zod";
import { TableParams } from "./table-params";
import { clientApps, identityTypes, joinTypes } from "./enums";

/**
 * The URL parameters of the inventory tables. Each list accepts the shared paging and search
 * parameters, a `sort` limited to its own columns (`name` ascending, `-name` descending) and its filters.
 * A value a table does not know falls back to its default instead of failing the page, so an old or
 * hand-edited link still opens.
 */

function sortParam(keys: readonly string[], fallback: string) {
  const allowed = new Set(keys.flatMap((key) => [key, `-${key}`]));
  return z
    .string()
    .refine((value) => allowed.has(value))
    .catch(fallback);
}

/** `yes`, `no` or `unknown` (null in the database): the filter of a fact that may not be recorded. */
export const FlagFilter = z.enum(["yes", "no", "unknown"]).optional().catch(undefined);
export type FlagFilter = z.infer<typeof FlagFilter>;

const optionalId = z.string().trim().min(1).max(200).optional().catch(undefined);

export const cloudPcSortKeys = ["name", "user", "status", "joinType"] as const;
export const CloudPcListParams = TableParams.extend({
  sort: sortParam(cloudPcSortKeys, "name"),
  joinType: z.enum([...joinTypes, "unknown"]).optional().catch(undefined),
  status: z.string().trim().min(1).max(60).optional().catch(undefined),
  sso: FlagFilter,
  policy: optionalId,
});
export type CloudPcListParams = z.infer<typeof CloudPcListParams>;

export const userSortKeys = ["name", "upn", "identityType"] as const;
export const UserListParams = TableParams.extend({
  sort: sortParam(userSortKeys, "name"),
  identityType: z.enum(identityTypes).optional().catch(undefined),
  overridden: z.enum(["1"]).optional().catch(undefined),
});
export type UserListParams = z.infer<typeof UserListParams>;

export const policySortKeys = ["name", "joinType"] as const;
export const ProvisioningPolicyListParams = TableParams.extend({
  sort: sortParam(policySortKeys, "name"),
  joinType: z.enum([...joinTypes, "unknown"]).optional().catch(undefined),
  sso: FlagFilter,
  networkConnection: optionalId,
});
export type ProvisioningPolicyListParams = z.infer<typeof ProvisioningPolicyListParams>;

export const networkConnectionSortKeys = ["name", "health"] as const;
export const NetworkConnectionListParams = TableParams.extend({
  sort: sortParam(networkConnectionSortKeys, "name"),
  health: z.string().trim().min(1).max(40).optional().catch(undefined),
});
export type NetworkConnectionListParams = z.infer<typeof NetworkConnectionListParams>;

export const caPolicySortKeys = ["name", "state"] as const;
export const ConditionalAccessListParams = TableParams.extend({
  sort: sortParam(caPolicySortKeys, "name"),
  state: z.string().trim().min(1).max(60).optional().catch(undefined),
});
export type ConditionalAccessListParams = z.infer<typeof ConditionalAccessListParams>;

export const clientSortKeys = ["device", "app"] as const;
export const ClientListParams = TableParams.extend({
  sort: sortParam(clientSortKeys, "device"),
  app: z.enum(clientApps).optional().catch(undefined),
  user: optionalId,
  managed: FlagFilter,
});
export type ClientListParams = z.infer<typeof ClientListParams>;

/** Splits `-name` into the column key and the direction. */
export function parseSort(sort: string): { key: string; desc: boolean } {
  return sort.startsWith("-") ? { key: sort.slice(1), desc: true } : { key: sort, desc: false };
}
