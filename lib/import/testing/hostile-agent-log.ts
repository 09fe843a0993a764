import fc from "fast-check";
import { TenantSnapshot } from "@/lib/validations/snapshot";
import { buildContosoSnapshot } from "@/prisma/demo";
import { MAX_LINE_CHARS } from "../agent-events/format";
import { agentLogLines } from "../agent-events/to-log";
import { jsonText, mutatedText, replacedValue } from "./hostile-input";

/** The demo tenant's agent records as a valid event log, one line a record. */
export const validAgentLogLines = agentLogLines(TenantSnapshot.parse(buildContosoSnapshot()));

/** Part of the valid log in any order, with lines damaged, replaced by hostile JSON, given wrong-typed values, or too long. */
export const hostileAgentLog = fc
  .tuple(
    fc.shuffledSubarray(validAgentLogLines, { minLength: 1, maxLength: 12 }),
    fc.array(
      fc.oneof(
        fc.constantFrom(...validAgentLogLines).chain(replacedValue),
        fc.constantFrom(...validAgentLogLines).chain(mutatedText),
        jsonText,
        fc.constantFrom("", "   ", "\uFEFF", "null", "[]", '{"record":"__proto__"}', '{"record":"constructor"}', '{"record":{}}', '{"record":["agent"]}', '{"record":null}', "x".repeat(MAX_LINE_CHARS + 1)),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    fc.constantFrom("\n", "\r\n"),
  )
  .chain(([kept, hostile, newline]) => fc.shuffledSubarray([...kept, ...hostile], { minLength: kept.length + hostile.length }).map((lines) => lines.join(newline)));
