// Idempotent: creates missing accounts and brings the demo tenants to their defined state.
// `npm start` runs it with SIGHTLINE_DEMO=1; `npm run db:seed` seeds the demo as well.
// Usage: DATABASE_URL=file:./data/sightline.db npx tsx prisma/seed.ts
import { db } from "../lib/db";
import { env } from "../lib/env";
import { ensureDemoAccounts, ensureFirstAdmin } from "../lib/accounts/ensure-accounts";
import { seedDemoTenants } from "./seed-demo";

const changed = (counts: Record<string, { created: number; updated: number; removed: number }>) =>
  Object.values(counts).reduce((sum, c) => sum + c.created + c.updated + c.removed, 0);

async function main() {
  // How the script was started is not configuration, so it is read here rather than in lib/env.ts.
  const demo = env.SIGHTLINE_DEMO === "1" || process.env.npm_lifecycle_event === "db:seed";

  const admin = await ensureFirstAdmin();
  if (admin === "created") console.log(`Created the first admin ${env.SIGHTLINE_ADMIN_EMAIL}`);
  if (!demo) {
    console.log("SIGHTLINE_DEMO is not 1: no demo accounts or tenants seeded.");
    return;
  }

  const created = await ensureDemoAccounts();
  console.log(created.length > 0 ? `Demo accounts created: ${created.join(", ")}` : "Demo accounts already exist.");
  for (const tenant of await seedDemoTenants()) {
    const rows = changed(tenant.counts);
    console.log(`Demo tenant ${tenant.name}: ${rows === 0 ? "already up to date" : `${rows} entities written`}`);
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
