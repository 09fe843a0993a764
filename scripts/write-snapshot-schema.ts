/** Regenerates docs/snapshot.schema.json from the zod schema: `npx tsx scripts/write-snapshot-schema.ts`. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { renderSnapshotJsonSchema } from "../lib/snapshot/json-schema";

const target = path.resolve(__dirname, "../docs/snapshot.schema.json");
writeFileSync(target, renderSnapshotJsonSchema());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
