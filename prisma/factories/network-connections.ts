import type { z } from "zod";
import type { GraphOnPremisesConnection, HealthCheck } from "../../lib/validations/snapshot";
import { at, entityId, type TenantContext } from "./tenant";

/** The Azure network connection checks Windows 365 runs, by the error family each can report. */
const checkNames = {
  deviceSync: "Microsoft Entra hybrid join: device sync",
  tenantReadiness: "Azure tenant readiness",
  virtualNetwork: "Azure virtual network readiness",
  subnetAddresses: "Azure subnet IP address usage",
  dns: "DNS can resolve Active Directory domain",
  domainJoin: "Active Directory domain join",
  endpoints: "Endpoint connectivity",
  intuneEnrollment: "Intune enrollment restriction allow Windows enrollment",
  permissions: "First party app permissions",
  udp: "UDP connectivity (TURN)",
  kerberos: "Single sign-on: Microsoft Entra Kerberos server object",
} as const;

export type HealthCheckName = keyof typeof checkNames;

export interface CheckFailure {
  /** A Graph `cloudPcOnPremisesConnectionHealthCheckErrorType`, e.g. adJoinCheckServerNotOperational. */
  errorType: string;
  status?: "failed" | "warning" | "informational";
  recommendedAction?: string;
}

export interface NetworkConnectionInput {
  key: string;
  displayName: string;
  connectionType?: "hybridAzureADJoin" | "azureADJoin";
  adDomainName?: string | null;
  /** null models a connection whose subscription is gone from the payload (JOIN-001). */
  subscription: { id: string; name: string } | null;
  region?: string;
  resourceGroup?: string;
  virtualNetwork?: string;
  /** Checks that did not pass; every other check passed. `"notRun"` leaves the detail empty. */
  failures?: Partial<Record<HealthCheckName, CheckFailure>> | "notRun";
  /** Minutes after the epoch the last check run started (usually negative). */
  checkedAt?: number;
}

const statusRank = { passed: 0, informational: 1, warning: 2, failed: 3 } as const;
type Status = keyof typeof statusRank;
const hybridOnlyChecks = new Set<HealthCheckName>(["deviceSync", "dns", "domainJoin", "kerberos"]);

/** A `cloudPcOnPremisesConnection` read with `$select=...,healthCheckStatusDetail` (graph.md 3.2). */
export function makeNetworkConnection(ctx: TenantContext, input: NetworkConnectionInput): GraphOnPremisesConnection {
  const id = entityId(ctx, "networkConnection", input.key);
  const connectionType = input.connectionType ?? "hybridAzureADJoin";
  const subscriptionPath = `/subscriptions/${input.subscription?.id ?? "00000000-0000-0000-0000-000000000000"}`;
  const resourceGroupId = `${subscriptionPath}/resourceGroups/${input.resourceGroup ?? "rg-w365-network"}`;
  const virtualNetworkId = `${resourceGroupId}/providers/Microsoft.Network/virtualNetworks/${input.virtualNetwork ?? "vnet-w365"}`;
  const started = input.checkedAt ?? -90;

  const failures = input.failures === "notRun" ? null : (input.failures ?? {});
  const healthChecks: z.infer<typeof HealthCheck>[] = [];
  // The connection's status is its worst check's; "pending" until checks have run.
  let worst: Status = "passed";
  const names = (Object.keys(checkNames) as HealthCheckName[]).filter(
    // Hybrid-only checks are not run for an Entra-joined connection.
    (name) => connectionType === "hybridAzureADJoin" || !hybridOnlyChecks.has(name),
  );
  for (const [index, name] of (failures ? names : []).entries()) {
    const failure = failures?.[name];
    const status: Status = failure ? (failure.status ?? "failed") : "passed";
    if (statusRank[status] > statusRank[worst]) worst = status;
    healthChecks.push({
      displayName: checkNames[name],
      status,
      errorType: failure?.errorType ?? null,
      recommendedAction: failure?.recommendedAction ?? null,
      startDateTime: at(ctx, started + index * 0.5),
      endDateTime: at(ctx, started + index * 0.5 + 0.4),
    });
  }

  return {
    "@odata.type": "#microsoft.graph.cloudPcOnPremisesConnection",
    id,
    displayName: input.displayName,
    connectionType,
    subscriptionId: input.subscription?.id ?? null,
    subscriptionName: input.subscription?.name ?? null,
    adDomainName: input.adDomainName === undefined ? (connectionType === "hybridAzureADJoin" ? ctx.onPremisesDomain : null) : input.adDomainName,
    adDomainUsername: connectionType === "hybridAzureADJoin" ? `svc-w365join@${ctx.primaryDomain}` : null,
    organizationalUnit: connectionType === "hybridAzureADJoin" ? `OU=Cloud PCs,DC=${ctx.onPremisesDomain.split(".").join(",DC=")}` : null,
    resourceGroupId,
    virtualNetworkId,
    subnetId: `${virtualNetworkId}/subnets/snet-cloudpcs`,
    virtualNetworkLocation: input.region ?? "westus2",
    healthCheckStatus: failures ? worst : "pending",
    healthCheckStatusDetail: failures ? { startDateTime: at(ctx, started), endDateTime: at(ctx, started + 6), healthChecks } : null,
    inUse: true,
  };
}
