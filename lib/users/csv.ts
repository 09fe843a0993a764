import type { CsvColumn } from "@/lib/csv/stream";
import type { UserListItem } from "./queries";

export const userCsvColumns: CsvColumn<UserListItem>[] = [
  { header: "id", value: (r) => r.graphId },
  { header: "displayName", value: (r) => r.displayName },
  { header: "userPrincipalName", value: (r) => r.userPrincipalName },
  { header: "userType", value: (r) => r.userType },
  { header: "identityType", value: (r) => r.identityType },
  { header: "identityTypeOverridden", value: (r) => r.overridden },
  { header: "cloudPcs", value: (r) => r.cloudPcCount },
  { header: "openFindings", value: (r) => r.openFindings.count },
  { header: "worstSeverity", value: (r) => r.openFindings.worst },
];
