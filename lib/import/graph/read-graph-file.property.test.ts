import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cloudPcAppIds } from "@/lib/validations/enums";
import { graphCollections, importCollections, type FileHint } from "@/lib/validations/import";
import { parseJson } from "../text";
import { graphFixture, graphFixtureNames } from "../testing/fixtures";
import { jsonText, mutatedText, readOrIssue, replacedValue } from "../testing/hostile-input";
import { readGraphFile } from "./read-graph-file";

const fixtureTexts = graphFixtureNames.map((name) => graphFixture(name).bytes.toString("utf8"));

const hint: fc.Arbitrary<FileHint> = fc.record(
  {
    collection: fc.constantFrom(...importCollections),
    servicePrincipalAppId: fc.constantFrom(cloudPcAppIds.microsoftRemoteDesktop, cloudPcAppIds.windowsCloudLogin),
  },
  { requiredKeys: [] },
);

// Names that do and do not say which service principal a remote desktop configuration belongs to.
const fileName = fc.constantFrom("export.json", "windows-cloud-login.json", "Microsoft Remote Desktop.json", "a/b/users.json", "ünïcödé.json", " .json");

/** The Graph objects of the fixtures with their properties kept, under a page of a random context. */
const graphShaped = fc
  .tuple(fc.constantFrom(...fixtureTexts.map((text) => JSON.parse(text) as Record<string, unknown>)), fc.option(fc.string({ maxLength: 60 })))
  .map(([fixture, context]) => JSON.stringify({ ...(context === null ? {} : { "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#${context}` }), value: Array.isArray(fixture.value) ? fixture.value : [fixture] }))
  .chain(replacedValue);

const text = fc.oneof(jsonText, graphShaped, fc.constantFrom(...fixtureTexts).chain(replacedValue), fc.constantFrom(...fixtureTexts).chain(mutatedText));

describe("readGraphFile, given any JSON a file may hold", () => {
  it("answers the file's collection and objects, or one clear issue about that file", () => {
    fc.assert(
      fc.property(fileName, text, fc.option(hint, { nil: undefined }), (name, input, given) => {
        const read = readOrIssue(() => readGraphFile(name, parseJson(name, input), given), name);
        if (!read.ok) return;
        const graph = read.value;
        expect(graphCollections).toContain(graph.collection);
        if (given?.collection) expect(graph.collection).toBe(given.collection);
        for (const item of graph.items) {
          expect(typeof item.value === "object" && item.value !== null && !Array.isArray(item.value)).toBe(true);
          expect(item.path).toMatch(/^\$/);
        }
        expect(graph.servicePrincipalAppId !== null).toBe(graph.collection === "remoteDesktopSecurityConfigurations");
      }),
      { numRuns: 200 },
    );
  });

  it("reads every valid fixture, so the property above is not met by refusing everything", () => {
    for (const name of graphFixtureNames) {
      const fixture = graphFixture(name);
      expect(readOrIssue(() => readGraphFile(name, parseJson(name, fixture.bytes.toString("utf8")), fixture.hint), name).ok, name).toBe(true);
    }
  });
});
