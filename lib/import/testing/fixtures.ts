import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cloudPcAppIds } from "@/lib/validations/enums";
import type { FileHint } from "@/lib/validations/import";
import type { UploadFile } from "../upload-file";

/**
 * Microsoft's own Graph example payloads (and the constructed users set), copied byte for byte from
 * the shared fixtures so the tests need nothing outside the repository; fixtures.test.ts checks the
 * copies against the originals when those are beside the repository.
 */
export const graphFixtureDir = path.join(import.meta.dirname, "fixtures", "graph");

/** Where the shared originals live: beside the repository's checkout (as CI clones it), or at /work/shared. */
export const sharedGraphFixtureDir =
  [path.resolve(import.meta.dirname, "../../../../shared/fixtures/graph"), "/work/shared/fixtures/graph"].find((dir) => existsSync(dir)) ?? null;

export const graphFixtureNames = readdirSync(graphFixtureDir).filter((name) => name.endsWith(".json")).sort();

/**
 * The remote desktop security configuration fixture does not say which service principal it was read
 * from (Graph does not put the appId in it): the admin says so, as the upload form lets them.
 */
export const fixtureHints: Record<string, FileHint> = {
  "remote-desktop-security-configuration.json": { servicePrincipalAppId: cloudPcAppIds.windowsCloudLogin },
};

export function graphFixture(name: string): UploadFile & { bytes: Buffer } {
  return { name, bytes: readFileSync(path.join(graphFixtureDir, name)), hint: fixtureHints[name] };
}

export function graphFixtureJson(name: string): unknown {
  return JSON.parse(readFileSync(path.join(graphFixtureDir, name), "utf8"));
}
