import type { z } from "zod";
import type { Cloud, Edition } from "../../lib/validations/enums";
import type { GraphDomain, GraphGroup, TenantSnapshot } from "../../lib/validations/snapshot";
import { isoAt } from "./clock";
import { guid } from "./ids";

/**
 * Who the factories are building for. Every id seed starts with `key`, so two tenants built with the
 * same entity keys never share ids.
 */
export interface TenantContext {
  key: string;
  displayName: string;
  tenantId: string;
  cloud: Cloud;
  edition: Edition;
  /** The verified domain most members sign in with, e.g. contoso.com. */
  primaryDomain: string;
  /** The initial domain guests are homed under, e.g. contoso.onmicrosoft.com. */
  initialDomain: string;
  /** The on-premises AD DS domain hybrid users and hybrid-joined Cloud PCs belong to. */
  onPremisesDomain: string;
  /** The epoch timestamps are offset from (see clock.ts). */
  epochMs: number;
}

export function makeTenantContext(input: Omit<TenantContext, "tenantId" | "initialDomain" | "onPremisesDomain"> & Partial<TenantContext>): TenantContext {
  const label = input.primaryDomain.split(".")[0];
  const initialSuffix = input.cloud === "usGovernment" ? "onmicrosoft.us" : input.cloud === "china21Vianet" ? "partner.onmschina.cn" : "onmicrosoft.com";
  return {
    tenantId: guid(`${input.key}/tenant`),
    initialDomain: `${label}.${initialSuffix}`,
    onPremisesDomain: `corp.${input.primaryDomain}`,
    ...input,
  };
}

/** Seeded id for an entity of a tenant: `entityId(ctx, "user", "adele.vance")`. */
export const entityId = (ctx: TenantContext, kind: string, key: string) => guid(`${ctx.key}/${kind}/${key}`);

/** ISO time `minutes` after the tenant's epoch. */
export const at = (ctx: TenantContext, minutes: number) => isoAt(minutes, ctx.epochMs);

type Domain = z.infer<typeof GraphDomain>;
type Group = z.infer<typeof GraphGroup>;

export function makeDomain(id: string, authenticationType: "Managed" | "Federated" = "Managed"): Domain {
  return { id, authenticationType, isVerified: true, supportedServices: ["Email", "OfficeCommunicationsOnline"] };
}

export function makeGroup(ctx: TenantContext, key: string, displayName: string, kind: "security" | "dynamicDevice" = "security"): Group {
  return {
    id: entityId(ctx, "group", key),
    displayName,
    securityEnabled: true,
    mailEnabled: false,
    groupTypes: kind === "dynamicDevice" ? ["DynamicMembership"] : [],
  };
}

type Sections = Omit<Partial<TenantSnapshot>, "snapshotVersion" | "tenant" | "exportedAt">;

/** Assembles a snapshot: every section present (empty when not given), the tenant taken from `ctx`. */
export function makeSnapshot(ctx: TenantContext, sections: Sections): TenantSnapshot {
  return {
    snapshotVersion: 1,
    exportedAt: at(ctx, 0),
    tenant: { displayName: ctx.displayName, tenantId: ctx.tenantId, cloud: ctx.cloud, edition: ctx.edition },
    tenantSettings: sections.tenantSettings,
    domains: sections.domains ?? [],
    users: sections.users ?? [],
    groups: sections.groups ?? [],
    cloudPCs: sections.cloudPCs ?? [],
    provisioningPolicies: sections.provisioningPolicies ?? [],
    onPremisesConnections: sections.onPremisesConnections ?? [],
    conditionalAccessPolicies: sections.conditionalAccessPolicies ?? [],
    authenticationMethodsPolicy: sections.authenticationMethodsPolicy ?? null,
    remoteDesktopSecurityConfigurations: sections.remoteDesktopSecurityConfigurations ?? [],
    configurationAssignments: sections.configurationAssignments ?? [],
    clients: sections.clients ?? [],
    agentIdentities: sections.agentIdentities ?? [],
    agentPools: sections.agentPools ?? [],
    agentSessions: sections.agentSessions ?? [],
  };
}
