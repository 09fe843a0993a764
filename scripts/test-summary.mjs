// Sums Vitest and Playwright JSON reports into the closing line "N passed, N failed[, N skipped]".
// Usage: node scripts/test-summary.mjs <report.json>... (each a Vitest or a Playwright JSON report).
// Exits 1 when anything failed, a report is missing, or no test ran at all.
import fs from "node:fs";

let passed = 0, failed = 0, skipped = 0;
const missing = [];

function read(file) {
  try { return JSON.parse(fs.readFileSync(file, "utf8")); } catch { missing.push(file); return null; }
}

function addVitest(report) {
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that failed to load counts as one failure: its tests never ran.
  failed += (report.testResults ?? []).filter((f) => f.status === "failed" && (f.assertionResults ?? []).length === 0).length;
}

function addPlaywright(report) {
  const s = report.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
  if ((report.errors ?? []).length > 0) failed += report.errors.length;
}

for (const file of process.argv.slice(2)) {
  const report = read(file);
  if (!report) continue;
  if ("numPassedTests" in report) addVitest(report);
  else addPlaywright(report);
}

for (const file of missing) console.log(`Missing test report: ${file}`);
const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
console.log(line);
process.exit(failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0);
