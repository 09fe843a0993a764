import { spawn } from "node:child_process";
import path from "node:path";
import { repoRoot } from "./paths";

/**
 * The benchmark runs each heavy step in a child process of its own: the database URL is read once per
 * process (lib/env.ts), and a 100k Cloud PC tenant's snapshot, rule results and Prisma rows are freed
 * with the process instead of inflating the next step's memory and garbage collection.
 */

const marker = "@@bench-result ";

/** Called by a step's script: hands its figures to the parent on stdout. */
export function reportResult(result: unknown): void {
  process.stdout.write(`${marker}${JSON.stringify(result)}\n`);
}

export interface ChildOptions {
  env?: Record<string, string>;
}

/** Runs `scripts/bench/<script>` with tsx; its progress lines are echoed, indented; resolves with its result. */
export function runStep<T>(script: string, args: string[], options: ChildOptions = {}): Promise<T> {
  const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");
  const child = spawn(tsx, [path.join(repoRoot, "scripts", "bench", script), ...args], {
    cwd: repoRoot,
    // Node's default heap settings, as the app runs with: the figures are the app's, not a tuned process's.
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let result: T | undefined;
  let pending = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith(marker)) result = JSON.parse(line.slice(marker.length)) as T;
      else if (line.trim() !== "") process.stdout.write(`    ${line}\n`);
    }
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0 && result !== undefined) resolve(result);
      else reject(new Error(`bench step ${script} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}
