import autocannon from "autocannon";
import { treeCpuMs, type BenchServer } from "./server";

/**
 * Figure (f): page latency under 10 concurrent clients on loopback, each page for a fixed time.
 * autocannon's summary has no 95th percentile, so every response time is recorded and the
 * percentiles are computed here (nearest rank). The server's CPU time per request is taken from /proc:
 * unlike latency, it does not depend on what else the machine is doing. On PostgreSQL the database's
 * work runs in processes of its own, so their CPU time is taken too (see BenchDatabase.backendCpuMs).
 */

export interface PageTarget {
  label: string;
  path: string;
  /** Text the page must contain to count as the real page (not a sign-in redirect or a placeholder). */
  expect: RegExp;
  /** A list page: the latency goal applies to these. */
  list: boolean;
}

export interface PageFigures {
  label: string;
  path: string;
  list: boolean;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  /** Server CPU time (user + system) per request, ms. */
  serverCpuMs: number;
  /** CPU time of the database's own processes per request, ms, when they run apart from the server. */
  databaseCpuMs?: number;
  /** Why the page was not measured, when it was not. */
  skipped?: string;
}

const percentile = (sorted: readonly number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);

/** One request first: the page must answer 200 with what it is meant to show. */
async function check(baseUrl: string, target: PageTarget, cookie: string): Promise<string | null> {
  const response = await fetch(`${baseUrl}${target.path}`, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) return `HTTP ${response.status}`;
  if (/is not available yet/.test(html)) return "the page is a placeholder (not built yet)";
  if (!target.expect.test(html)) return `the page does not show ${target.expect}`;
  return null;
}

/** CPU time by process id of the database's processes apart from the server, or null (./database.ts). */
export type DatabaseCpu = () => Promise<Map<number, number> | null>;

/** CPU time the processes spent between two readings; one that started in between counts from zero. */
function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let spent = 0;
  for (const [pid, ms] of after) spent += ms - (before.get(pid) ?? 0);
  return spent;
}

export async function measurePage(server: BenchServer, target: PageTarget, cookie: string, durationSeconds: number, databaseCpu: DatabaseCpu): Promise<PageFigures> {
  const baseUrl = server.baseUrl;
  const empty = { label: target.label, path: target.path, list: target.list, requests: 0, p50: NaN, p95: NaN, p99: NaN, max: NaN, errors: 0, serverCpuMs: NaN };
  const problem = await check(baseUrl, target, cookie);
  if (problem) return { ...empty, skipped: problem };
  const times: number[] = [];
  const databaseBefore = await databaseCpu();
  const cpuBefore = treeCpuMs(server.pid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${baseUrl}${target.path}`, connections: 10, duration: durationSeconds, timeout: 30, headers: { cookie } },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const cpuMs = treeCpuMs(server.pid) - cpuBefore;
  const databaseAfter = databaseBefore && (await databaseCpu());
  times.sort((a, b) => a - b);
  return {
    ...empty,
    requests: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? NaN,
    errors: result.errors + result.timeouts + result.non2xx,
    serverCpuMs: times.length > 0 ? cpuMs / times.length : NaN,
    ...(databaseBefore && databaseAfter && times.length > 0 ? { databaseCpuMs: cpuSpent(databaseBefore, databaseAfter) / times.length } : {}),
  };
}
