import fs from "node:fs";
import path from "node:path";
import { buildSyntheticTenant } from "@/prisma/factories/synthetic";
import { cloudPcPages } from "../bench/graph-pages";

/**
 * Graph `cloudPC` pages for every Cloud PC of the synthetic tenant `scripts/bench/prepare-tenant.ts`
 * saves with the same size, each one changed: a new service plan, and single sign-on turned the other
 * way (so an evaluation after the import opens and resolves findings). Returns the files' paths.
 */
export function writeChangedCloudPcPages(dir: string, cloudPcs: number): string[] {
  const records = buildSyntheticTenant({ cloudPcs, seed: `bench-${cloudPcs}` }).cloudPCs.map(({ sightline: _facts, ...graph }) => ({
    ...graph,
    servicePlanName: "Cloud PC Enterprise 8vCPU/32GB/512GB",
    connectionSetting: { enableSingleSignOn: graph.connectionSetting?.enableSingleSignOn !== true },
  }));
  return cloudPcPages(records).map(({ name, bytes }) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  });
}
