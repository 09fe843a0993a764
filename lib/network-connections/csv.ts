import type { CsvColumn } from "@/lib/csv/stream";
import type { NetworkConnectionListItem } from "./queries";

export const networkConnectionCsvColumns: CsvColumn<NetworkConnectionListItem>[] = [
  { header: "id", value: (r) => r.graphId },
  { header: "displayName", value: (r) => r.displayName },
  { header: "connectionType", value: (r) => r.connectionType },
  { header: "adDomainName", value: (r) => r.adDomainName },
  { header: "subscription", value: (r) => r.subscription },
  { header: "healthCheckStatus", value: (r) => r.healthCheckStatus },
  { header: "failedHealthChecks", value: (r) => r.failedChecks },
  { header: "provisioningPolicies", value: (r) => r.policyCount },
  { header: "openFindings", value: (r) => r.openFindings.count },
  { header: "worstSeverity", value: (r) => r.openFindings.worst },
];
