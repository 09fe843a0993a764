import type { CsvColumn } from "@/lib/csv/stream";
import type { ProvisioningPolicyListItem } from "./queries";

export const provisioningPolicyCsvColumns: CsvColumn<ProvisioningPolicyListItem>[] = [
  { header: "id", value: (r) => r.graphId },
  { header: "displayName", value: (r) => r.displayName },
  { header: "joinType", value: (r) => r.joinType },
  { header: "enableSingleSignOn", value: (r) => r.enableSingleSignOn },
  { header: "networkConnection", value: (r) => r.networkConnection?.label },
  { header: "regionName", value: (r) => r.regionName },
  { header: "cloudPcs", value: (r) => r.cloudPcCount },
  { header: "openFindings", value: (r) => r.openFindings.count },
  { header: "worstSeverity", value: (r) => r.openFindings.worst },
];
