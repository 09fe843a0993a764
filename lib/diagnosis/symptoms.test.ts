import { describe, expect, it } from "vitest";
import { getRule, ruleCatalog } from "@/lib/rules";
import { symptomIds } from "@/lib/validations/diagnosis";
import { getSymptom, relevanceOf, symptoms } from "./symptoms";
import { diagnosisPhases, phaseRank, walkOrder, walkPosition } from "./walk-order";

const personRules = ruleCatalog.filter((rule) => rule.phase !== "agentSession").map((rule) => rule.id);

describe("the walk order", () => {
  it("holds every rule of a person's sign-in once, and no agent session rule", () => {
    expect([...walkOrder].sort()).toEqual([...personRules].sort());
    expect(new Set(walkOrder).size).toBe(walkOrder.length);
  });

  it("walks the phases in order, each rule in its catalog phase", () => {
    const ranks = walkOrder.map((id) => phaseRank(getRule(id).phase));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks)).toEqual(new Set(diagnosisPhases.map((_, index) => index)));
  });

  it("puts the rule specific to an identity type before the general one that reads the same fact", () => {
    expect(walkPosition("EXT-001")).toBeLessThan(walkPosition("JOIN-003"));
    expect(walkPosition("EXT-004")).toBeLessThan(walkPosition("SSO-001"));
    expect(walkPosition("FED-002")).toBeLessThan(walkPosition("SSO-001"));
    expect(walkPosition("AGT-001")).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe("the symptoms", () => {
  it("define every symptom id, with person rules only and no rule both cause and context", () => {
    expect(symptoms.map((symptom) => symptom.id)).toEqual([...symptomIds]);
    for (const symptom of symptoms) {
      expect(symptom.causes.length).toBeGreaterThan(0);
      for (const id of [...symptom.causes, ...symptom.context]) expect(personRules, `${symptom.id} names ${id}`).toContain(id);
      expect(symptom.causes.filter((id) => symptom.context.includes(id))).toEqual([]);
    }
  });

  it("count every rule that stalls sign-in as a cause of being stuck at the prompt or not connecting at all", () => {
    const stalling = ruleCatalog.filter((rule) => rule.stalls).map((rule) => rule.id);
    for (const id of ["credentialPrompt", "cannotConnect"] as const) {
      expect(stalling.filter((rule) => relevanceOf(getSymptom(id), rule) !== "cause")).toEqual([]);
    }
  });

  it("look for in-session symptoms inside the session only", () => {
    for (const id of ["webAuthnInSession", "smartCardInSession"] as const) {
      for (const rule of getSymptom(id).causes) expect(getRule(rule).phase).toBe("inSession");
    }
  });
});
