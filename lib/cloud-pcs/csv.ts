import type { CsvColumn } from "@/lib/csv/stream";
import type { CloudPcListItem } from "./queries";

/** The Cloud PC export's columns: the list's, with raw Graph values so a spreadsheet can filter them. */
export const cloudPcCsvColumns: CsvColumn<CloudPcListItem>[] = [
  { header: "id", value: (r) => r.graphId },
  { header: "displayName", value: (r) => r.displayName },
  { header: "userPrincipalName", value: (r) => r.userPrincipalName },
  { header: "joinType", value: (r) => r.joinType },
  { header: "status", value: (r) => r.status },
  { header: "osVersion", value: (r) => r.osVersion },
  { header: "osRelease", value: (r) => r.osRelease },
  { header: "provisioningPolicyName", value: (r) => r.policyName },
  { header: "ssoApplied", value: (r) => r.sso },
  { header: "ssoSource", value: (r) => r.ssoSource },
  { header: "openFindings", value: (r) => r.openFindings.count },
  { header: "worstSeverity", value: (r) => r.openFindings.worst },
];
