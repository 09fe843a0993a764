import type { CsvColumn } from "@/lib/csv/stream";
import type { ClientListItem } from "./queries";

export const clientCsvColumns: CsvColumn<ClientListItem>[] = [
  { header: "id", value: (r) => r.externalId },
  { header: "deviceName", value: (r) => r.deviceName },
  { header: "user", value: (r) => r.user.label },
  { header: "app", value: (r) => r.app },
  { header: "localOs", value: (r) => r.localOs },
  { header: "managed", value: (r) => r.managed },
  { header: "shared", value: (r) => r.shared },
  { header: "b2bRegistryKeySet", value: (r) => r.b2bRegistryKeySet },
  { header: "canReachRequiredUrls", value: (r) => r.canReachRequiredUrls },
  { header: "lineOfSightToDomainController", value: (r) => r.lineOfSightToDomainController },
  { header: "credentialsSaved", value: (r) => r.credentialsSaved },
  { header: "openFindings", value: (r) => r.openFindings.count },
  { header: "worstSeverity", value: (r) => r.openFindings.worst },
];
