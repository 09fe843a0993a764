import type { ImportCollection } from "@/lib/validations/import";
import type { ReadFiles } from "./read-files";
import type { RemovableSection } from "./graph/completeness";

/** One uploaded file as the preview lists it: what Sightline found in it. */
export interface FileSummary {
  file: string;
  format: "graph" | "csv" | "agentEventLog";
  collection: ImportCollection | null;
  /** Objects (Graph), rows (CSV) or lines (event log). */
  items: number;
  /** How the collection was told: `hint` (the admin's choice), `context`, `type`, `shape` or `headers`. */
  detectedBy: string | null;
  servicePrincipalAppId: string | null;
  /** More pages follow that the upload does not hold (`@odata.nextLink`). */
  partial: boolean;
}

export function summarizeFiles(read: ReadFiles): FileSummary[] {
  return [
    ...read.graph.map((file) => ({
      file: file.file,
      format: "graph" as const,
      collection: file.collection,
      items: file.items.length,
      detectedBy: file.detectedBy,
      servicePrincipalAppId: file.servicePrincipalAppId,
      partial: file.pages.some((page) => page.nextLink !== null),
    })),
    ...read.csv.map((file) => ({
      file: file.file,
      format: "csv" as const,
      collection: file.collection,
      items: file.rows.length,
      detectedBy: file.detectedBy,
      servicePrincipalAppId: null,
      partial: false,
    })),
    ...read.agentLogs.map((file) => ({
      file: file.file,
      format: "agentEventLog" as const,
      collection: null,
      items: file.text.split("\n").filter((line) => line.trim() !== "").length,
      detectedBy: null,
      servicePrincipalAppId: null,
      partial: false,
    })),
  ];
}

export const removableLabels: Record<RemovableSection, string> = {
  users: "users",
  domains: "domains",
  cloudPCs: "Cloud PCs",
  provisioningPolicies: "provisioning policies",
  onPremisesConnections: "network connections",
  conditionalAccessPolicies: "Conditional Access policies",
  authenticationMethods: "authentication method configurations",
};
