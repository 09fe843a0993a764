import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { repoRoot } from "./paths";

/** The benchmark's own production server (`next start` on the existing build), on loopback. */

export const portRange = { first: 3300, last: 3310 };

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export async function findFreePort({ first, last } = portRange): Promise<number> {
  for (let port = first; port <= last; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port in ${first}-${last} for the benchmark's server.`);
}

export interface BenchServer {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

export function hasBuild(): boolean {
  return fs.existsSync(path.join(repoRoot, ".next", "BUILD_ID"));
}

async function waitUntilUp(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (code ${child.exitCode}) before it answered.`);
    try {
      const response = await fetch(`${baseUrl}/login`, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer at ${baseUrl} within ${timeoutMs / 1000} s.`);
}

/** Starts `next start` with the benchmark's database; resolves once it answers. */
export async function startServer(databaseUrl: string, port: number): Promise<BenchServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(repoRoot, "node_modules", "next", "dist", "bin", "next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseUrl,
      // A throwaway secret: the benchmark's sessions live as long as its server.
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"),
      SIGHTLINE_DEMO: "0",
      // The parent's heap limit is for the bench steps, not for the server being measured.
      NODE_OPTIONS: "",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  try {
    await waitUntilUp(baseUrl, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  return { baseUrl, pid: child.pid!, stop };
}

/** A process and its descendants, from /proc. */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  const tree: number[] = [];
  const visit = (id: number) => {
    tree.push(id);
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return tree;
}

/** The resident memory (VmRSS) of a process and its descendants, in bytes. */
export function treeRssBytes(pid: number): number {
  let total = 0;
  for (const id of processTree(pid)) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${id}/status`, "utf8"));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/** CPU time (user + system) a process has used, in ms (Linux's 100 ticks per second); null when it is not (or no longer) there. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process and its descendants have used, in ms. */
export function treeCpuMs(pid: number): number {
  // A process that ended while we looked counts for nothing.
  return processTree(pid).reduce((total, id) => total + (processCpuMs(id) ?? 0), 0);
}

/** Samples the RSS of the server's process tree every `everyMs` until stopped; reports the peak. */
export function sampleRss(pid: number, everyMs = 50): { stop(): { peakBytes: number; samples: number } } {
  let peakBytes = treeRssBytes(pid);
  let samples = 1;
  const timer = setInterval(() => {
    peakBytes = Math.max(peakBytes, treeRssBytes(pid));
    samples++;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      peakBytes = Math.max(peakBytes, treeRssBytes(pid));
      return { peakBytes, samples: samples + 1 };
    },
  };
}
