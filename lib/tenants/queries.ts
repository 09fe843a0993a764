import "server-only";
import { db } from "@/lib/db";

export interface TenantSummary {
  id: string;
  displayName: string;
  cloud: string;
  edition: string;
  dataUpdatedAt: Date;
}

const tenantSelect = { id: true, displayName: true, cloud: true, edition: true, dataUpdatedAt: true } as const;

export function listTenants(): Promise<TenantSummary[]> {
  return db.tenant.findMany({ select: tenantSelect, orderBy: { displayName: "asc" } });
}

export function getTenant(id: string): Promise<TenantSummary | null> {
  return db.tenant.findUnique({ where: { id }, select: tenantSelect });
}
