import type { GraphOnPremisesConnection } from "../validations/snapshot";
import type { PolicyEntry } from "./tenant-index";
import type { EvidenceItem } from "./types";

/** Facts about a policy's Azure network connection (ANC), shared by the join and SSO rules. */

export const networkConnectionRef = (connection: GraphOnPremisesConnection) => ({
  entityType: "networkConnection" as const,
  entityId: connection.id,
});

/** The health checks of the last run, or null when none were recorded (checks never ran or were not exported). */
export function healthChecksOf(connection: GraphOnPremisesConnection) {
  const checks = connection.healthCheckStatusDetail?.healthChecks ?? [];
  return checks.length > 0 ? checks : null;
}

export function missingNetworkConnection(entry: PolicyEntry): string {
  return entry.networkConnectionId
    ? `The Azure network connection ${entry.networkConnectionId} used by provisioning policy ${entry.policy.displayName} (onPremisesConnections)`
    : `The Azure network connection of provisioning policy ${entry.policy.displayName} (domainJoinConfigurations[0].onPremisesConnectionId)`;
}

export const missingHealthChecks = (connection: GraphOnPremisesConnection) =>
  `The health check results of Azure network connection ${connection.displayName} (healthCheckStatusDetail.healthChecks, read with $select)`;

export function healthCheckEvidence(connection: GraphOnPremisesConnection, check: NonNullable<ReturnType<typeof healthChecksOf>>[number]): EvidenceItem {
  return {
    label: `Health check ${check.displayName ?? check.errorType ?? ""}`.trim(),
    value: [check.status, check.errorType].filter(Boolean).join(": ") || null,
    ref: networkConnectionRef(connection),
  };
}
