import { describe, it, expect } from "vitest";
import { TableParams, firstValues } from "./table-params";
import { FindingListParams } from "./findings";

describe("table URL parameters", () => {
  it("coerces strings from the URL and falls back to defaults on nonsense", () => {
    expect(TableParams.parse({ page: "3", pageSize: "50", q: "  grace ", sort: "name" })).toEqual({ page: 3, pageSize: 50, q: "grace", sort: "name" });
    expect(TableParams.parse({ page: "-2", pageSize: "7", q: "x".repeat(500) })).toEqual({ page: 1, pageSize: 25, q: "", sort: "" });
  });
  it("keeps only known finding filters", () => {
    const p = FindingListParams.parse({ severity: "critical", status: "bogus", ruleId: "EXT-004", stalls: "1", phase: "inSession" });
    expect(p.severity).toBe("critical");
    expect(p.status).toBeUndefined();
    expect(p.ruleId).toBe("EXT-004");
    expect(p.stalls).toBe("1");
    expect(FindingListParams.parse({ ruleId: "DROP TABLE" }).ruleId).toBeUndefined();
  });
  it("takes the first of repeated URL values and drops empty ones", () => {
    expect(firstValues({ a: ["1", "2"], b: "", c: undefined, d: "x" })).toEqual({ a: "1", d: "x" });
  });
});
