import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileAgentLog, validAgentLogLines } from "../testing/hostile-agent-log";
import { mutatedText } from "../testing/hostile-input";
import { MAX_REPORTED_ERRORS } from "./format";
import { parseAgentEventLog } from "./parse";

describe("parseAgentEventLog, given any text", () => {
  it("answers the log, or its problems each with a message and a line the file has", () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), hostileAgentLog, fc.constantFrom(validAgentLogLines.join("\n")).chain(mutatedText));
    fc.assert(
      fc.property(text, (input) => {
        const result = parseAgentEventLog(input);
        if (result.ok) {
          for (const session of result.log.sessions.values()) for (const event of session.events) expect(new Date(event.at).toISOString()).toBe(event.at);
          return;
        }
        const lineCount = input.split(/\r?\n/).length;
        expect(result.errors.length).toBeGreaterThan(0);
        expect(result.errors.length).toBeLessThanOrEqual(MAX_REPORTED_ERRORS);
        expect(result.errorCount).toBeGreaterThanOrEqual(result.errors.length);
        for (const error of result.errors) {
          expect(error.message.trim()).not.toBe("");
          expect(error.message).not.toMatch(/\bundefined\b|\[object Object\]|\s$/);
          if (error.line !== null) expect(error.line).toBeGreaterThanOrEqual(1);
          if (error.line !== null) expect(error.line).toBeLessThanOrEqual(lineCount);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("reads the valid log whole, so the property above is not met by refusing everything", () => {
    const result = parseAgentEventLog(validAgentLogLines.join("\n"));
    expect(result.ok).toBe(true);
  });

  it("quotes a field name that is empty or not plain", () => {
    const result = parseAgentEventLog('{"record":"agent","id":"a-1","displayName":"A","":1,"\\n":2}');
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(['agent: unknown fields "", "\\n"']);
  });

  it("names a record kind that is not a string by its JSON", () => {
    const result = parseAgentEventLog('{"record":{}}\n{"record":["agent"]}\n{"record":"cloudPc"}');
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      "unknown record {}: use event (the default), agent or pool",
      'unknown record ["agent"]: use event (the default), agent or pool',
      'unknown record "cloudPc": use event (the default), agent or pool',
    ]);
  });
});
