import type { Prisma } from "@/prisma/generated/client/client";
import type { GraphConditionalAccessPolicy, RemoteDesktopSecurityConfiguration, TenantSnapshot } from "@/lib/validations/snapshot";
import { fromJsonColumn, toExtraJson, toJsonColumn, unknownProperties, withExtra } from "../json-columns";

/** Row <-> Graph mapping of sign-in policy: Conditional Access, authentication methods, RDP settings. */

type MethodConfiguration = NonNullable<TenantSnapshot["authenticationMethodsPolicy"]>["authenticationMethodConfigurations"][number];

// ---- Conditional Access policies ----------------------------------------------------------------

export const conditionalAccessPolicySelect = {
  graphId: true,
  displayName: true,
  state: true,
  conditionsJson: true,
  grantControlsJson: true,
  sessionControlsJson: true,
  extraJson: true,
} satisfies Prisma.ConditionalAccessPolicySelect;
export type ConditionalAccessPolicyRow = Prisma.ConditionalAccessPolicyGetPayload<{ select: typeof conditionalAccessPolicySelect }>;

const caKnown = new Set(["id", "displayName", "state", "conditions", "grantControls", "sessionControls"]);

export function conditionalAccessPolicyToRow(policy: GraphConditionalAccessPolicy): ConditionalAccessPolicyRow {
  return {
    graphId: policy.id,
    displayName: policy.displayName,
    state: policy.state,
    conditionsJson: toJsonColumn(policy.conditions),
    grantControlsJson: toJsonColumn(policy.grantControls),
    sessionControlsJson: toJsonColumn(policy.sessionControls),
    extraJson: toExtraJson(unknownProperties(policy, caKnown)),
  };
}

export function conditionalAccessPolicyFromRow(row: ConditionalAccessPolicyRow): GraphConditionalAccessPolicy {
  return withExtra(row.extraJson, {
    id: row.graphId,
    displayName: row.displayName,
    state: row.state,
    conditions: fromJsonColumn<GraphConditionalAccessPolicy["conditions"]>(row.conditionsJson),
    grantControls: fromJsonColumn<GraphConditionalAccessPolicy["grantControls"]>(row.grantControlsJson),
    sessionControls: fromJsonColumn<GraphConditionalAccessPolicy["sessionControls"]>(row.sessionControlsJson),
  });
}

// ---- authentication method configurations -------------------------------------------------------

export const authenticationMethodSelect = { methodId: true, odataType: true, state: true, extraJson: true } satisfies Prisma.AuthenticationMethodConfigurationSelect;
export type AuthenticationMethodRow = Prisma.AuthenticationMethodConfigurationGetPayload<{ select: typeof authenticationMethodSelect }>;

const methodKnown = new Set(["@odata.type", "id", "state"]);

export function authenticationMethodToRow(configuration: MethodConfiguration): AuthenticationMethodRow {
  return {
    methodId: configuration.id,
    odataType: configuration["@odata.type"] ?? null,
    state: configuration.state,
    extraJson: toExtraJson(unknownProperties(configuration, methodKnown)),
  };
}

export function authenticationMethodFromRow(row: AuthenticationMethodRow): MethodConfiguration {
  return withExtra(row.extraJson, { "@odata.type": row.odataType, id: row.methodId, state: row.state });
}

// ---- remote desktop security configurations -----------------------------------------------------

export const remoteDesktopSelect = {
  servicePrincipalAppId: true,
  servicePrincipalName: true,
  graphId: true,
  isRemoteDesktopProtocolEnabled: true,
  targetDeviceGroupsJson: true,
  extraJson: true,
} satisfies Prisma.RemoteDesktopConfigurationSelect;
export type RemoteDesktopRow = Prisma.RemoteDesktopConfigurationGetPayload<{ select: typeof remoteDesktopSelect }>;

const remoteDesktopKnown = new Set(["id", "servicePrincipalAppId", "servicePrincipalName", "isRemoteDesktopProtocolEnabled", "targetDeviceGroups"]);

export function remoteDesktopToRow(configuration: RemoteDesktopSecurityConfiguration): RemoteDesktopRow {
  return {
    servicePrincipalAppId: configuration.servicePrincipalAppId,
    servicePrincipalName: configuration.servicePrincipalName ?? null,
    graphId: configuration.id ?? null,
    isRemoteDesktopProtocolEnabled: configuration.isRemoteDesktopProtocolEnabled ?? null,
    targetDeviceGroupsJson: toJsonColumn(configuration.targetDeviceGroups),
    extraJson: toExtraJson(unknownProperties(configuration, remoteDesktopKnown)),
  };
}

export function remoteDesktopFromRow(row: RemoteDesktopRow): RemoteDesktopSecurityConfiguration {
  return withExtra(row.extraJson, {
    id: row.graphId,
    servicePrincipalAppId: row.servicePrincipalAppId,
    servicePrincipalName: row.servicePrincipalName,
    isRemoteDesktopProtocolEnabled: row.isRemoteDesktopProtocolEnabled,
    targetDeviceGroups: fromJsonColumn<RemoteDesktopSecurityConfiguration["targetDeviceGroups"]>(row.targetDeviceGroupsJson),
  });
}
