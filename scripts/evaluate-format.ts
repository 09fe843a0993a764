import { stringify } from "csv-stringify/sync";
import { evidenceText, type Finding } from "../lib/rules/findings";

/** The three output formats of `npm run evaluate`. */

export const formats = ["json", "csv", "table"] as const;
export type Format = (typeof formats)[number];

const columns = ["ruleId", "severity", "status", "entityType", "entityId", "entityName", "title", "evidence", "missing"] as const;

/**
 * Spreadsheet apps run a cell that starts with = + - @ (or a tab or CR before one) as a formula;
 * entity names come from the tenant, so a leading quote keeps them text (OWASP CSV injection).
 */
import { neutralizeCell } from "../lib/csv/cell";

export { neutralizeCell };

export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(findings, null, 2)}\n`;
}

export function formatCsv(findings: readonly Finding[]): string {
  const rows = findings.map((finding) =>
    columns.map((column) => neutralizeCell(column === "evidence" ? evidenceText(finding.evidence) : String(finding[column] ?? ""))),
  );
  return stringify([[...columns], ...rows]);
}

export function formatTable(findings: readonly Finding[]): string {
  if (findings.length === 0) return "No findings: every rule passed.\n";
  const header = ["SEVERITY", "STATUS", "RULE", "ENTITY", "FINDING"];
  const rows = findings.map((f) => [f.severity, f.status, f.ruleId, `${f.entityType} ${f.entityName}`, f.status === "unknown" ? `${f.title} (unknown: ${f.missing ?? "a fact is missing"})` : f.title]);
  // The last column is left ragged: padding it would only add trailing spaces.
  const widths = header.slice(0, -1).map((_, i) => Math.max(header[i].length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < widths.length ? cell.padEnd(widths[i]) : cell)).join("  ");
  const fails = findings.filter((f) => f.status === "fail").length;
  return `${[line(header), ...rows.map(line)].join("\n")}\n\n${findings.length} findings: ${fails} fail, ${findings.length - fails} unknown\n`;
}

export function formatFindings(findings: readonly Finding[], format: Format): string {
  if (format === "csv") return formatCsv(findings);
  if (format === "table") return formatTable(findings);
  return formatJson(findings);
}
