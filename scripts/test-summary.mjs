// Sums the Vitest and Playwright JSON reports into the closing line "N passed, N failed[, N skipped]".
// Exits 1 when anything failed, a report is missing, or no test ran at all.
import fs from "node:fs";

const [vitestFile, playwrightFile] = process.argv.slice(2);
let passed = 0, failed = 0, skipped = 0, missing = [];

function read(file) {
  try { return JSON.parse(fs.readFileSync(file, "utf8")); } catch { missing.push(file); return null; }
}

const vitest = read(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += (vitest.numFailedTests ?? 0);
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  // A file that failed to load counts as one failure: its tests never ran.
  failed += (vitest.testResults ?? []).filter((f) => f.status === "failed" && (f.assertionResults ?? []).length === 0).length;
}

const playwright = read(playwrightFile);
if (playwright) {
  const s = playwright.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
  if ((playwright.errors ?? []).length > 0) failed += playwright.errors.length;
}

for (const file of missing) console.log(`Missing test report: ${file}`);
const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
console.log(line);
process.exit(failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0);
