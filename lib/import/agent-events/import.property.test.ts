import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseState } from "@/lib/tenant-data/testing/database-checksum";
import { hostileAgentLog, validAgentLogLines } from "../testing/hostile-agent-log";
import { createTenant } from "../testing/tenants";
import { importAgentEventLog } from "./import";

const actor = { id: "test-admin", email: "admin@sightline.test", role: "admin" };
const records = validAgentLogLines.map((line) => JSON.parse(line) as Record<string, unknown>);
const eventLines = records.filter((record) => record.record === undefined);

/**
 * Logs that parse but contradict the stored records: an event moved to another session, agent or pool,
 * given another type or time, or the same event id twice in a session with other values.
 */
const contradictingLog = fc
  .tuple(
    fc.constantFrom(...eventLines),
    fc.constantFrom("sessionId", "agentId", "poolId", "type", "at", "cloudPcId", "eventId"),
    fc.constantFrom(...eventLines),
    fc.shuffledSubarray(validAgentLogLines, { maxLength: 6 }),
  )
  .map(([event, field, donor, others]) => [...others, JSON.stringify({ ...event, [field]: donor[field] })].join("\n"));

let tenantId: string;
beforeAll(async () => {
  tenantId = await createTenant("Hostile event logs");
  // The tenant holds the whole log already, so a contradiction has stored records to contradict.
  const seeded = await importAgentEventLog(tenantId, validAgentLogLines.join("\n"), actor, { dryRun: false });
  if (!seeded.ok) throw new Error(`seeding the tenant failed: ${seeded.message}`);
});

describe("importAgentEventLog, given hostile logs", () => {
  it("previews without writing, and commits whole or answers each problem by line and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileAgentLog, contradictingLog), async (text) => {
        const before = await databaseState();
        await importAgentEventLog(tenantId, text, actor, { dryRun: true });
        expect(await databaseState()).toEqual(before);

        const result = await importAgentEventLog(tenantId, text, actor, { dryRun: false });
        if (result.ok) {
          expect(result.committed).toBe(true);
          return;
        }
        expect(result.message).toMatch(/^The event log was not imported: \d+ problems?\. Nothing was written\.$/);
        expect(result.errors.length).toBeGreaterThan(0);
        const lines = text.split(/\r?\n/).length;
        for (const error of result.errors) {
          expect(error.message.trim()).not.toBe("");
          expect(error.message).not.toMatch(/\bundefined\b|\[object Object\]|\s$/);
          if (error.line !== null) expect(error.line).toBeLessThanOrEqual(lines);
        }
        expect(await databaseState()).toEqual(before);
      }),
      { numRuns: 25 },
    );
  });
});
