import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvTemplates } from "./templates";

const doc = readFileSync(path.join(import.meta.dirname, "../../../docs/import.md"), "utf8");

describe("docs/import.md", () => {
  it.each(Object.values(csvTemplates).map((t) => [t.title, t] as const))("documents every column of the %s CSV, in order, with where it goes", (title, template) => {
    const section = doc.split(/^### /m).find((s) => s.startsWith(`${title}\n`))!;
    const rows = section.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| column"));
    expect(rows.map((line) => line.split("|")[1].trim())).toEqual(template.columns.map((c) => c.header));
    for (const [i, column] of template.columns.entries()) {
      const [, , needed, target] = rows[i].split("|").map((cell) => cell.trim());
      if (column.requiredForNew) expect(needed).toMatch(/^yes/);
      if (column.header !== "userPrincipalName" || template.collection !== "clients") expect(target).toBe(column.target.join("."));
    }
  });
});
