import { describe, expect, it } from "vitest";
import { emptyRuleTally, type RuleTally } from "./counts";
import { postureScore, rulePenalty } from "./score";
import type { Severity } from "@/lib/validations/enums";

const tally = (severity: Severity, evaluated: number, findings: Partial<Omit<RuleTally, "severity" | "evaluated">> = {}): RuleTally => ({
  ...emptyRuleTally(severity),
  evaluated,
  ...findings,
});

// The worked example of docs/posture-score.md.
const example = {
  "AUTH-001": tally("high", 1, { openFail: 1 }),
  "JOIN-003": tally("critical", 1000, { openFail: 20 }),
  "EXT-004": tally("critical", 8, { openFail: 2, acceptedFail: 2 }),
  "SSO-001": tally("medium", 4, { openFail: 1 }),
  "AUTH-006": tally("high", 1500, { openUnknown: 30 }),
  "SSO-003": tally("low", 2, { openFail: 2 }),
  "JOIN-001": tally("high", 3),
};

describe("postureScore", () => {
  it("scores the documented example 79.6", () => {
    expect(rulePenalty(example["EXT-004"])).toBeCloseTo(7.8125, 10);
    expect(rulePenalty(example["AUTH-006"])).toBeCloseTo(0.04, 10);
    expect(postureScore(Object.values(example))).toBe(79.6);
  });

  it("gains AUTH-001's 10 points once an MFA policy exists (89.6)", () => {
    expect(postureScore(Object.values({ ...example, "AUTH-001": tally("high", 1) }))).toBe(89.6);
  });

  it("drops to 75.0 when the two EXT-004 exceptions expire", () => {
    expect(postureScore(Object.values({ ...example, "EXT-004": tally("critical", 8, { openFail: 4 }) }))).toBe(75);
  });

  it("is 100 with no findings, null with nothing evaluated, and never below 0", () => {
    expect(postureScore([tally("critical", 500), tally("low", 3)])).toBe(100);
    expect(postureScore([])).toBeNull();
    expect(postureScore([tally("critical", 0)])).toBeNull();
    const broken = ["a", "b", "c", "d", "e"].map(() => tally("critical", 10, { openFail: 10 }));
    expect(postureScore(broken)).toBe(0);
  });

  it("counts accepted and unknown findings less than open failures", () => {
    const open = postureScore([tally("high", 10, { openFail: 5 })])!;
    const accepted = postureScore([tally("high", 10, { acceptedFail: 5 })])!;
    const unknown = postureScore([tally("high", 10, { openUnknown: 5 })])!;
    const acceptedUnknown = postureScore([tally("high", 10, { acceptedUnknown: 5 })])!;
    expect(open).toBe(95);
    expect(accepted).toBe(98.8);
    expect(unknown).toBe(99);
    expect(acceptedUnknown).toBe(99.8);
  });

  it("treats findings without an evaluated count as the whole population", () => {
    expect(postureScore([tally("medium", 0, { openFail: 3 })])).toBe(96);
  });

  it("does not dilute a tenant-wide failure in a large tenant", () => {
    const large = [tally("high", 1, { openFail: 1 }), tally("critical", 100_000, { openFail: 1 })];
    expect(postureScore(large)).toBe(90);
  });
});
