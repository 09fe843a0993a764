import type { Prisma } from "@/prisma/generated/client/client";
import type { Cloud, Edition } from "@/lib/validations/enums";
import type { TenantSettings, TenantSnapshot } from "@/lib/validations/snapshot";
import { compact, fromJsonColumn, isEmptyObject, isPlainObject, toExtraJson, unknownProperties } from "../json-columns";

/**
 * Row <-> snapshot mapping of the tenant itself. Snapshot properties with no column (`exportedAt`, the
 * authentication methods policy's own Graph properties) live in `Tenant.extraJson`; the policy's
 * configurations have a table of their own.
 */

export const tenantSelect = {
  id: true,
  displayName: true,
  entraTenantId: true,
  cloud: true,
  edition: true,
  adfsUserCertificateAuthentication: true,
  smartCardRedirectionAllowed: true,
  webAuthnRedirectionAllowed: true,
  extraJson: true,
  version: true,
} satisfies Prisma.TenantSelect;
export type TenantRow = Prisma.TenantGetPayload<{ select: typeof tenantSelect }>;
export type TenantColumns = Omit<TenantRow, "id" | "version">;

type MethodsPolicy = NonNullable<TenantSnapshot["authenticationMethodsPolicy"]>;

interface TenantExtra {
  exportedAt?: string;
  /** The policy's properties other than its configurations; `{}` still records that the policy was there. */
  authenticationMethodsPolicy?: Record<string, unknown>;
}

const policyKnown = new Set(["authenticationMethodConfigurations"]);

/**
 * The tenant row a snapshot maps to. In `merge` mode a snapshot may be partial, so a setting it leaves
 * null (or an absent methods policy / export time) keeps the stored value instead of erasing it.
 */
export function tenantToColumns(snapshot: TenantSnapshot, stored: TenantRow | null, merge: boolean): TenantColumns {
  const settings: TenantSettings = snapshot.tenantSettings ?? {};
  const keep = <T>(value: T | null | undefined, before: T | null | undefined): T | null => value ?? (merge ? (before ?? null) : null);
  const before = fromJsonColumn<TenantExtra>(stored?.extraJson ?? null) ?? {};
  const policy = snapshot.authenticationMethodsPolicy;
  const extra: TenantExtra = {
    exportedAt: keep(snapshot.exportedAt, before.exportedAt) ?? undefined,
    authenticationMethodsPolicy: isPlainObject(policy) ? unknownProperties(policy, policyKnown) : merge ? before.authenticationMethodsPolicy : undefined,
  };
  return {
    displayName: snapshot.tenant.displayName,
    entraTenantId: snapshot.tenant.tenantId ?? null,
    cloud: snapshot.tenant.cloud,
    edition: snapshot.tenant.edition,
    adfsUserCertificateAuthentication: keep(settings.adfsUserCertificateAuthentication, stored?.adfsUserCertificateAuthentication),
    smartCardRedirectionAllowed: keep(settings.smartCardRedirectionAllowed, stored?.smartCardRedirectionAllowed),
    webAuthnRedirectionAllowed: keep(settings.webAuthnRedirectionAllowed, stored?.webAuthnRedirectionAllowed),
    extraJson: toExtraJson(compact({ ...extra })),
  };
}

type SnapshotHead = Pick<TenantSnapshot, "snapshotVersion" | "exportedAt" | "tenant" | "tenantSettings" | "authenticationMethodsPolicy">;

/** The snapshot's tenant sections; `configurations` are the methods policy's rows. */
export function tenantFromRow(row: TenantRow, configurations: MethodsPolicy["authenticationMethodConfigurations"]): SnapshotHead {
  const extra = fromJsonColumn<TenantExtra>(row.extraJson) ?? {};
  const settings = compact({
    adfsUserCertificateAuthentication: row.adfsUserCertificateAuthentication,
    smartCardRedirectionAllowed: row.smartCardRedirectionAllowed,
    webAuthnRedirectionAllowed: row.webAuthnRedirectionAllowed,
  });
  const hasPolicy = extra.authenticationMethodsPolicy !== undefined || configurations.length > 0;
  return {
    snapshotVersion: 1,
    ...compact({ exportedAt: extra.exportedAt }),
    tenant: {
      displayName: row.displayName,
      ...compact({ tenantId: row.entraTenantId }),
      cloud: row.cloud as Cloud,
      edition: row.edition as Edition,
    },
    ...(isEmptyObject(settings) ? {} : { tenantSettings: settings }),
    ...(hasPolicy ? { authenticationMethodsPolicy: { ...extra.authenticationMethodsPolicy, authenticationMethodConfigurations: configurations } } : {}),
  };
}
