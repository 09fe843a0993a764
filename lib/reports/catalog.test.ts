import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reports } from "./catalog";

const doc = readFileSync(path.join(import.meta.dirname, "../../docs/csv-reports.md"), "utf8");

/** The column names of the table in the section whose "Route:" line names `href`, in order. */
function documentedHeaders(href: string): string[] | null {
  const sections = doc.split(/^## /m).slice(1);
  const section = sections.find((s) => s.includes(`Route: \`${href}\``));
  if (!section) return null;
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| column"))
    .map((line) => line.split("|")[1].trim());
}

describe("docs/csv-reports.md", () => {
  it.each(reports.map((r) => [r.key, r] as const))("documents every column of the %s report, in order", (_key, report) => {
    expect(documentedHeaders(report.href)).toEqual(report.headers);
  });

  it("lists every filter a report's form offers", () => {
    for (const report of reports) {
      const section = doc.split(/^## /m).find((s) => s.includes(`Route: \`${report.href}\``))!;
      const agentShared = /Filters: those of the agent sessions/.test(section);
      for (const filter of report.filters) if (!agentShared) expect(section, `${report.key} ${filter.name}`).toContain(`\`${filter.name}`);
    }
  });
});
