import { spawn } from "node:child_process";
import path from "node:path";

const repoRoot = path.resolve(__dirname, "../..");
const freezeHook = path.join(__dirname, "freeze-in-transaction.cjs");

const running = new Set<number>();

/** Kills every child still running (a failed assertion may leave one frozen). */
export function killChildren(): void {
  for (const pid of running) process.kill(pid, "SIGKILL");
  running.clear();
}

export interface Child {
  pid: number;
  /** Everything the child wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the first stdout line matching `pattern`; rejects if the child exits first. */
  line(pattern: RegExp): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs a TypeScript script of the repository in a process of its own on the given database, the way
 * the CLI runs (`node --import tsx`, one process, so SIGKILL reaches the process doing the work), with
 * the freeze hook preloaded.
 */
export function startChild(script: string, args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, ["--require", freezeHook, "--import", "tsx", path.join(repoRoot, script), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child.pid!);
  let output = "";
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (m: RegExpMatchArray) => void; reject: (e: Error) => void }[] = [];
  let pending = "";
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => (output += chunk));
  child.stdout.on("data", (chunk: string) => {
    output += chunk;
    pending += chunk;
    const complete = pending.split("\n");
    pending = complete.pop() ?? "";
    for (const line of complete) {
      lines.push(line);
      for (const waiter of [...waiters]) {
        const match = waiter.pattern.exec(line);
        if (match) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(match);
        }
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on("close", (code, signal) => {
      running.delete(child.pid!);
      for (const waiter of waiters.splice(0)) {
        waiter.reject(new Error(`${script} ended (${signal ?? `exit ${code}`}) before printing ${waiter.pattern}:\n${output}`));
      }
      resolve({ code, signal });
    });
  });
  return {
    pid: child.pid!,
    output: () => output,
    line(pattern) {
      const seen = lines.map((line) => pattern.exec(line)).find((match) => match !== null);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => waiters.push({ pattern, resolve, reject }));
    },
    exited,
  };
}

/** Runs a child to its end and returns its output; throws unless it exits 0. */
export async function runChild(script: string, args: string[], env: Record<string, string>): Promise<string> {
  const child = startChild(script, args, env);
  const { code, signal } = await child.exited;
  if (code !== 0) throw new Error(`${script} failed (${signal ?? `exit ${code}`}):\n${child.output()}`);
  return child.output();
}

/** Waits for the child to freeze at the hook's point, then kills it as a power cut would: SIGKILL. */
export async function killWhenFrozen(child: Child): Promise<string> {
  const [, point] = await child.line(/^@@frozen (\S+)$/);
  process.kill(child.pid, "SIGKILL");
  const { signal } = await child.exited;
  if (signal !== "SIGKILL") throw new Error(`the child ended by ${signal} instead of SIGKILL:\n${child.output()}`);
  return point;
}
