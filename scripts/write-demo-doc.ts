/**
 * Writes docs/demo-tenant.md from the demo tenants' data and expectation lists.
 * Run: npx tsx scripts/write-demo-doc.ts
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { demoTenants } from "../prisma/demo";
import { renderDemoDoc } from "../prisma/demo/demo-doc";

const [contoso, fabrikam] = demoTenants;
const target = path.join(__dirname, "..", "docs", "demo-tenant.md");
writeFileSync(target, renderDemoDoc(contoso, fabrikam));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
