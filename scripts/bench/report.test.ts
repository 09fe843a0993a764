import { describe, expect, it } from "vitest";
import { goalVerdicts, printReport } from "./report";
import type { BenchResults, SizeFigures } from "./results";
import type { PageFigures } from "./pages";

const page = (label: string, p95: number, over: Partial<PageFigures> = {}): PageFigures => ({
  label, path: "/", list: true, requests: 100, p50: p95 / 2, p95, p99: p95, max: p95, errors: 0, serverCpuMs: 10, ...over,
});

function size(cloudPcs: number, runMs: number, rawMs: number, pages: PageFigures[], rssGrowthMb = 40): SizeFigures {
  const run = { ms: runMs, stages: {}, newFindings: 0, openFindings: 0 };
  return {
    cloudPcs,
    tenant: { tenantId: "t", displayName: "t", reused: false, buildMs: 0, parseMs: 0, saveMs: 0, entities: {} },
    databaseMb: 1,
    evaluation: {
      rawRead: { ms: rawMs, rows: 1, rowsByTable: {} }, load: { ms: 1 }, engine: { ms: 1, results: 1, failing: 1, unknown: 0, rulesFailing: 42 },
      firstRun: run, repeatRun: run, listedFindings: 1, peakRssMb: 1,
    },
    export: { ms: 1, rows: 1, bytes: 1, rowsPerSecond: 1, rssBeforeMb: 100, rssPeakMb: 100 + rssGrowthMb, rssGrowthMb, rssSamples: 3, plain: { tool: "sqlite3 -csv", ms: 1, rows: 1 } },
    pages,
  };
}

const results = (sizes: SizeFigures[]): BenchResults => ({
  machine: { cpu: "cpu", cores: 2, memoryGb: 8, node: "20", os: "Linux", loadBefore: [0, 0, 0], startedAt: "" }, sizes, import: null, pageSeconds: 1,
});

// The report judges the goals from the figures; timings themselves are never asserted.
describe("the benchmark's goal verdicts", () => {
  it("judges evaluation, linearity, export memory and list pages on the largest size", () => {
    const verdicts = goalVerdicts(results([size(10_000, 1_000, 500, [page("a", 100)]), size(100_000, 11_000, 4_000, [page("a", 200), page("overview", 900, { list: false })])]));
    expect(verdicts.map((v) => v.met)).toEqual([true, true, true, true]);
  });

  it("misses a goal on a slow run, superlinear growth, a memory-hungry export or a slow list page", () => {
    const verdicts = goalVerdicts(results([size(10_000, 1_000, 500, []), size(100_000, 13_000, 4_000, [page("a", 300)], 200)]));
    expect(verdicts.map((v) => v.met)).toEqual([false, false, false, false]);
  });

  it("leaves the page goal open when a list page could not be measured", () => {
    const verdicts = goalVerdicts(results([size(100_000, 1, 1, [page("a", 100), page("Cloud PCs", NaN, { skipped: "the page is a placeholder (not built yet)" })])]));
    expect(verdicts.at(-1)).toMatchObject({ met: null, figure: expect.stringContaining("not measured: Cloud PCs") });
  });

  it("counts errors against the page goal", () => {
    const verdicts = goalVerdicts(results([size(100_000, 1, 1, [page("a", 100, { errors: 3 })])]));
    expect(verdicts.at(-1)?.met).toBe(false);
  });
});

describe("the benchmark's printed report", () => {
  const rawReadRow = (report: string) => report.split("\n").find((line) => line.startsWith("| (c) raw read"));

  const pageRow = (report: string) => report.split("\n").find((line) => line.startsWith("| (f) a:"));

  it("names the PostgreSQL server measured, reads the baseline with pg and adds the database's CPU to a page's", () => {
    const pages = [page("a", 100, { serverCpuMs: 20, databaseCpuMs: 35.25 })];
    const report = printReport({ ...results([size(1_000, 1, 1, pages)]), database: { kind: "postgresql", server: "PostgreSQL 15.18 at 127.0.0.1:5432" } });
    expect(report).toContain("Database: PostgreSQL 15.18 at 127.0.0.1:5432");
    expect(rawReadRow(report)).toContain("(c) raw read, pg SELECT *");
    expect(pageRow(report)).toContain("0, 20.0 ms + 35.3 ms in the database |");
  });

  it("prints a SQLite report as before, with or without the database named", () => {
    for (const database of [undefined, { kind: "sqlite" as const }]) {
      const report = printReport({ ...results([size(1_000, 1, 1, [page("a", 100, { serverCpuMs: 20 })])]), database });
      expect(report).not.toContain("Database:");
      expect(rawReadRow(report)).toContain("(c) raw read, better-sqlite3 SELECT *");
      expect(pageRow(report)).toContain("0, 20.0 ms |");
    }
  });
});
