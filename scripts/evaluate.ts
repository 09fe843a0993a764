/**
 * Evaluates a tenant snapshot file and prints its findings.
 *   npm run evaluate -- <snapshot.json> [--format json|csv|table] [--fail-on <severity>]
 * Exit codes: 0 done, 1 bad usage or an invalid snapshot, 2 a failed finding at or above --fail-on.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { hasFailureAtOrAbove, toFindings } from "../lib/rules/findings";
import { evaluateTenant } from "../lib/rules/engine";
import { parseSnapshot } from "../lib/snapshot/parse";
import { severities, type Severity } from "../lib/validations/enums";
import { formatFindings, formats, type Format } from "./evaluate-format";

const usage = `usage: npm run evaluate -- <snapshot.json> [--format ${formats.join("|")}] [--fail-on ${severities.join("|")}]`;

class CliError extends Error {}

function readOptions(argv: string[]): { file: string; format: Format; failOn: Severity | null } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { format: { type: "string" }, "fail-on": { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) throw new CliError(usage);
  const format = values.format ?? "json";
  if (!(formats as readonly string[]).includes(format)) throw new CliError(`unknown format "${format}"\n${usage}`);
  const failOn = values["fail-on"] ?? null;
  if (failOn !== null && !(severities as readonly string[]).includes(failOn)) throw new CliError(`unknown severity "${failOn}"\n${usage}`);
  return { file: positionals[0], format: format as Format, failOn: failOn as Severity | null };
}

/** Turns JSON.parse's "at position N" into a line and column a person can jump to. */
function describeJsonError(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return error.message;
  const before = text.slice(0, Number(position[1])).split("\n");
  return `${error.message} (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

function readSnapshot(file: string) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: $: ${describeJsonError(text, error as Error)}`);
  }
  const result = parseSnapshot(json);
  if (!result.ok) {
    const shown = result.issues.slice(0, 20).map((issue) => `  ${issue.path}: ${issue.message}`);
    const more = result.issues.length > 20 ? [`  ... and ${result.issues.length - 20} more`] : [];
    throw new CliError([`${file} is not a valid tenant snapshot:`, ...shown, ...more].join("\n"));
  }
  return result.snapshot;
}

function main(argv: string[]): number {
  const options = readOptions(argv);
  const snapshot = readSnapshot(options.file);
  // The CLI is the one place the clock is read; the engine gets it as a value.
  const { results } = evaluateTenant(snapshot, { now: new Date() });
  const findings = toFindings(results);
  process.stdout.write(formatFindings(findings, options.format));
  return options.failOn && hasFailureAtOrAbove(findings, options.failOn) ? 2 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
