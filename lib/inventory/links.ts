/**
 * Where each inventory entity is shown. Detail pages are addressed by the row's database id (globally
 * unique, so a shared link opens whatever tenant is selected); findings and evidence name entities by
 * source id and reach these pages through `/go/<entityType>/<sourceId>`. No server-only import:
 * client tables use it too.
 */

export const inventoryBasePaths = {
  cloudPc: "/cloud-pcs",
  user: "/users",
  provisioningPolicy: "/provisioning-policies",
  networkConnection: "/network-connections",
  conditionalAccessPolicy: "/conditional-access",
  client: "/clients",
} as const;
export type InventoryEntityType = keyof typeof inventoryBasePaths;

export function detailPath(entityType: InventoryEntityType, rowId: string): string {
  return `${inventoryBasePaths[entityType]}/${encodeURIComponent(rowId)}`;
}

export function editPath(entityType: InventoryEntityType, rowId: string): string {
  return `${detailPath(entityType, rowId)}/edit`;
}

/** The page of an entity known only by its source id (a finding's entityId, an evidence ref). */
export function sourceIdPath(entityType: string, sourceId: string): string {
  return `/go/${encodeURIComponent(entityType)}/${encodeURIComponent(sourceId)}`;
}

/** A route's id param, decoded once (ids with reserved characters arrive percent-encoded). */
export function decodeIdParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
