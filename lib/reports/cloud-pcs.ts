import "server-only";
import { cloudPcCsvColumns } from "@/lib/cloud-pcs/csv";
import { exportCloudPcs, type CloudPcListItem } from "@/lib/cloud-pcs/queries";
import type { CsvColumn } from "@/lib/csv/stream";
import { db } from "@/lib/db";
import type { CloudPcListParams } from "@/lib/validations/inventory";
import { enriched, listCell } from "./batches";
import { cloudPcFindingFacts, noFindingFacts, type FindingFacts } from "./finding-facts";

/** A row of the Cloud PC inventory report: the Cloud PC table's row with its posture facts beside it. */
export interface CloudPcReportRow extends CloudPcListItem {
  facts: {
    productType: string | null;
    osEdition: string | null;
    osBuild: string | null;
    installedUpdates: { kb: string; month: string }[];
    smartCardDriversInstalled: boolean | null;
    agentPoolId: string | null;
  } | null;
  findings: FindingFacts;
}

/**
 * The Cloud PC inventory report: the rows the Cloud PC table shows for the same URL parameters (its
 * own query, lib/cloud-pcs/queries.ts), in its order, each with the facts and findings its posture
 * rests on. Read in batches: two extra queries per 500 Cloud PCs.
 */
export function cloudPcReportRows(tenantId: string, params: CloudPcListParams): AsyncIterable<CloudPcReportRow> {
  return enriched(exportCloudPcs(tenantId, params), 500, async (batch) => {
    const ids = batch.map((row) => row.graphId);
    const [facts, findings] = await Promise.all([
      db.cloudPc.findMany({
        where: { tenantId, graphId: { in: ids } },
        select: { graphId: true, productType: true, osEdition: true, osBuild: true, installedUpdatesJson: true, smartCardDriversInstalled: true, agentPoolExternalId: true },
      }),
      cloudPcFindingFacts(tenantId, ids),
    ]);
    const byId = new Map(facts.map((f) => [f.graphId, f]));
    return batch.map((row) => {
      const f = byId.get(row.graphId);
      return {
        ...row,
        facts: f
          ? {
              productType: f.productType,
              osEdition: f.osEdition,
              osBuild: f.osBuild,
              installedUpdates: f.installedUpdatesJson ? (JSON.parse(f.installedUpdatesJson) as { kb: string; month: string }[]) : [],
              smartCardDriversInstalled: f.smartCardDriversInstalled,
              agentPoolId: f.agentPoolExternalId,
            }
          : null,
        findings: findings.get(row.graphId) ?? noFindingFacts(),
      };
    });
  });
}

const latest = (updates: { month: string }[]) => updates.reduce<string | null>((max, u) => (max === null || u.month > max ? u.month : max), null);

/** The Cloud PC table's columns, then the posture columns (docs/csv-reports.md). */
export const cloudPcReportColumns: CsvColumn<CloudPcReportRow>[] = [
  ...(cloudPcCsvColumns as CsvColumn<CloudPcReportRow>[]),
  { header: "productType", value: (r) => r.facts?.productType },
  { header: "osEdition", value: (r) => r.facts?.osEdition },
  { header: "osBuild", value: (r) => r.facts?.osBuild },
  { header: "latestUpdateMonth", value: (r) => (r.facts ? latest(r.facts.installedUpdates) : null) },
  { header: "installedUpdates", value: (r) => r.facts?.installedUpdates.map((u) => `${u.kb} ${u.month}`).join("; ") },
  { header: "smartCardDriversInstalled", value: (r) => r.facts?.smartCardDriversInstalled },
  { header: "agentPoolId", value: (r) => r.facts?.agentPoolId },
  { header: "stallsSignIn", value: (r) => r.findings.stalls },
  { header: "failingRules", value: (r) => listCell(r.findings.failingRules) },
  { header: "unknownRules", value: (r) => listCell(r.findings.unknownRules) },
];
