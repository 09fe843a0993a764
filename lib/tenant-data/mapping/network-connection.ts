import type { Prisma } from "@/prisma/generated/client/client";
import type { GraphOnPremisesConnection } from "@/lib/validations/snapshot";
import { compact, fromJsonColumn, isEmptyObject, isPlainObject, toExtraJson, unknownProperties, withExtra } from "../json-columns";

/**
 * Row <-> Graph mapping of Azure network connections (Graph `cloudPcOnPremisesConnection`). The last
 * health check run (`healthCheckStatusDetail`) is split: its times go to columns, each check to a
 * HealthCheck row in list order, and its other Graph properties to the connection's `extraJson`.
 */

type HealthCheckDetail = NonNullable<GraphOnPremisesConnection["healthCheckStatusDetail"]>;
type GraphHealthCheck = NonNullable<HealthCheckDetail["healthChecks"]>[number];

export const networkConnectionSelect = {
  graphId: true,
  displayName: true,
  connectionType: true,
  subscriptionId: true,
  subscriptionName: true,
  adDomainName: true,
  virtualNetworkId: true,
  subnetId: true,
  healthCheckStatus: true,
  healthCheckStartAt: true,
  healthCheckEndAt: true,
  hasHealthCheckDetail: true,
  extraJson: true,
} satisfies Prisma.NetworkConnectionSelect;
export type NetworkConnectionRow = Prisma.NetworkConnectionGetPayload<{ select: typeof networkConnectionSelect }>;

export const healthCheckSelect = {
  networkConnectionId: true,
  position: true,
  displayName: true,
  status: true,
  errorType: true,
  recommendedAction: true,
  startDateTime: true,
  endDateTime: true,
  extraJson: true,
} satisfies Prisma.HealthCheckSelect;
export type HealthCheckRow = Prisma.HealthCheckGetPayload<{ select: typeof healthCheckSelect }>;
/** A health check row before it knows its connection's row id. */
export type HealthCheckData = Omit<HealthCheckRow, "networkConnectionId">;

const connectionKnown = new Set([
  "id",
  "displayName",
  "connectionType",
  "subscriptionId",
  "subscriptionName",
  "adDomainName",
  "virtualNetworkId",
  "subnetId",
  "healthCheckStatus",
  "healthCheckStatusDetail",
]);
const detailKnown = new Set(["startDateTime", "endDateTime", "healthChecks"]);
const checkKnown = new Set(["displayName", "status", "errorType", "recommendedAction", "startDateTime", "endDateTime"]);

function connectionExtra(connection: GraphOnPremisesConnection): string | null {
  const rest = unknownProperties(connection, connectionKnown);
  const detail = connection.healthCheckStatusDetail;
  if (isPlainObject(detail)) {
    const detailRest = unknownProperties(detail, detailKnown);
    // An empty list has no rows to show it was there: keep it so it loads back as [] (not absent).
    if (Array.isArray(detail.healthChecks) && detail.healthChecks.length === 0) detailRest.healthChecks = [];
    if (!isEmptyObject(detailRest)) rest.healthCheckStatusDetail = detailRest;
  }
  return toExtraJson(rest);
}

export function networkConnectionToRow(connection: GraphOnPremisesConnection): NetworkConnectionRow {
  const detail = connection.healthCheckStatusDetail;
  return {
    graphId: connection.id,
    displayName: connection.displayName,
    connectionType: connection.connectionType ?? null,
    subscriptionId: connection.subscriptionId ?? null,
    subscriptionName: connection.subscriptionName ?? null,
    adDomainName: connection.adDomainName ?? null,
    virtualNetworkId: connection.virtualNetworkId ?? null,
    subnetId: connection.subnetId ?? null,
    healthCheckStatus: connection.healthCheckStatus ?? null,
    healthCheckStartAt: detail?.startDateTime ?? null,
    healthCheckEndAt: detail?.endDateTime ?? null,
    hasHealthCheckDetail: isPlainObject(detail),
    extraJson: connectionExtra(connection),
  };
}

export function healthChecksToRows(connection: GraphOnPremisesConnection): HealthCheckData[] {
  return (connection.healthCheckStatusDetail?.healthChecks ?? []).map((check, position) => ({
    position,
    displayName: check.displayName ?? null,
    status: check.status ?? null,
    errorType: check.errorType ?? null,
    recommendedAction: check.recommendedAction ?? null,
    startDateTime: check.startDateTime ?? null,
    endDateTime: check.endDateTime ?? null,
    extraJson: toExtraJson(unknownProperties(check, checkKnown)),
  }));
}

export function healthCheckFromRow(row: HealthCheckData): GraphHealthCheck {
  return withExtra(row.extraJson, {
    displayName: row.displayName,
    status: row.status,
    errorType: row.errorType,
    recommendedAction: row.recommendedAction,
    startDateTime: row.startDateTime,
    endDateTime: row.endDateTime,
  });
}

/** `checks` are the connection's HealthCheck rows in position order. */
export function networkConnectionFromRow(row: NetworkConnectionRow, checks: readonly HealthCheckData[]): GraphOnPremisesConnection {
  const extra = fromJsonColumn<Record<string, unknown>>(row.extraJson) ?? {};
  const { healthCheckStatusDetail: detailRest, ...rest } = extra;
  let detail: HealthCheckDetail | undefined;
  if (row.hasHealthCheckDetail) {
    detail = {
      ...(isPlainObject(detailRest) ? detailRest : {}),
      ...compact({
        startDateTime: row.healthCheckStartAt,
        endDateTime: row.healthCheckEndAt,
        healthChecks: checks.length > 0 ? checks.map(healthCheckFromRow) : undefined,
      }),
    };
  }
  return {
    ...rest,
    ...compact({
      id: row.graphId,
      displayName: row.displayName,
      connectionType: row.connectionType,
      subscriptionId: row.subscriptionId,
      subscriptionName: row.subscriptionName,
      adDomainName: row.adDomainName,
      virtualNetworkId: row.virtualNetworkId,
      subnetId: row.subnetId,
      healthCheckStatus: row.healthCheckStatus,
      healthCheckStatusDetail: detail,
    }),
  } as GraphOnPremisesConnection;
}
