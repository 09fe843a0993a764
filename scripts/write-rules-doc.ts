/** Regenerates docs/rules.md from the rule catalog: `npx tsx scripts/write-rules-doc.ts`. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { renderRuleCatalogMarkdown } from "../lib/rules/catalog-markdown";

const target = path.resolve(__dirname, "../docs/rules.md");
writeFileSync(target, renderRuleCatalogMarkdown());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
