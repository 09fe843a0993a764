import type { CsvColumn } from "@/lib/csv/stream";
import type { ConditionalAccessListItem } from "./queries";

export const conditionalAccessCsvColumns: CsvColumn<ConditionalAccessListItem>[] = [
  { header: "id", value: (r) => r.graphId },
  { header: "displayName", value: (r) => r.displayName },
  { header: "state", value: (r) => r.state },
  { header: "coversCloudPcApps", value: (r) => r.coversCloudPcApps },
  { header: "requiresMfa", value: (r) => r.requiresMfa },
  { header: "signInFrequency", value: (r) => r.signInFrequency },
  { header: "tokenProtection", value: (r) => r.tokenProtection },
  { header: "openFindings", value: (r) => r.openFindings.count },
  { header: "worstSeverity", value: (r) => r.openFindings.worst },
];
