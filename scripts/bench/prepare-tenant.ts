/**
 * Bench step: writes a synthetic tenant of --cloud-pcs Cloud PCs (every rule failing somewhere) into the
 * database of DATABASE_URL through the app's own snapshot save, and the demo accounts the benchmark
 * signs in with. With --reuse, a tenant of the right size already there is kept.
 */
import { parseArgs } from "node:util";
import { ensureDemoAccounts } from "../../lib/accounts/ensure-accounts";
import { db } from "../../lib/db";
import { saveTenantSnapshot } from "../../lib/tenant-data/save-snapshot";
import { TenantSnapshot } from "../../lib/validations/snapshot";
import { buildSyntheticTenant } from "../../prisma/factories/synthetic";
import { reportResult } from "./child";

export interface PreparedTenant {
  tenantId: string;
  displayName: string;
  reused: boolean;
  buildMs: number;
  parseMs: number;
  saveMs: number;
  entities: Record<string, number>;
}

async function main() {
  const { values } = parseArgs({ options: { "cloud-pcs": { type: "string" }, reuse: { type: "boolean", default: false } } });
  const cloudPcs = Number(values["cloud-pcs"]);
  const started = performance.now();
  const raw = buildSyntheticTenant({ cloudPcs, seed: `bench-${cloudPcs}` });
  const buildMs = performance.now() - started;
  const entities = {
    users: raw.users.length,
    cloudPcs: raw.cloudPCs.length,
    provisioningPolicies: raw.provisioningPolicies.length,
    networkConnections: raw.onPremisesConnections.length,
    clients: raw.clients.length,
    agentSessions: raw.agentSessions.length,
    configurationAssignments: raw.configurationAssignments.length,
  };
  await ensureDemoAccounts();

  const existing = await db.tenant.findUnique({ where: { displayName: raw.tenant.displayName }, select: { id: true, _count: { select: { cloudPcs: true } } } });
  if (values.reuse && existing && existing._count.cloudPcs === raw.cloudPCs.length) {
    reportResult({ tenantId: existing.id, displayName: raw.tenant.displayName, reused: true, buildMs, parseMs: 0, saveMs: 0, entities } satisfies PreparedTenant);
    return;
  }
  console.log(`saving ${entities.cloudPcs.toLocaleString("en-US")} Cloud PCs, ${entities.users.toLocaleString("en-US")} users, ${entities.clients.toLocaleString("en-US")} clients…`);
  const parseStarted = performance.now();
  const snapshot = TenantSnapshot.parse(raw);
  const parseMs = performance.now() - parseStarted;
  const saveStarted = performance.now();
  const { tenantId } = await saveTenantSnapshot(snapshot, { mode: "replace", actor: { email: "bench" } });
  const saveMs = performance.now() - saveStarted;
  reportResult({ tenantId, displayName: raw.tenant.displayName, reused: false, buildMs, parseMs, saveMs, entities } satisfies PreparedTenant);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
