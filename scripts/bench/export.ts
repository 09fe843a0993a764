import type { PlainExport } from "./plain-export";
import { sampleRss, treeRssBytes, type BenchServer } from "./server";

/**
 * Figure (d): every finding the findings page lists, as CSV through the real export route, with the
 * server's resident memory sampled from /proc every 50 ms; and, for scale, a plain export of the same
 * rows straight from the database (./plain-export.ts).
 */

export interface ExportFigures {
  ms: number;
  rows: number;
  bytes: number;
  rowsPerSecond: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssGrowthMb: number;
  rssSamples: number;
  plain: PlainExport;
}

/** Counts CSV records (line breaks outside quoted cells) as the bytes stream by. */
class RecordCounter {
  records = 0;
  private quoted = false;
  push(chunk: Uint8Array) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 0x22) this.quoted = !this.quoted;
      else if (c === 0x0a && !this.quoted) this.records++;
    }
  }
}

export async function measureExport(server: BenchServer, cookie: string): Promise<Omit<ExportFigures, "plain">> {
  // A small export first, so the route's code is loaded before the baseline is taken.
  const warm = await fetch(`${server.baseUrl}/api/findings/export?ruleId=AUTH-001`, { headers: { cookie } });
  if (!warm.ok) throw new Error(`The export route answered HTTP ${warm.status}.`);
  await warm.arrayBuffer();
  await new Promise((resolve) => setTimeout(resolve, 500));

  const before = treeRssBytes(server.pid);
  const sampler = sampleRss(server.pid, 50);
  const started = performance.now();
  const response = await fetch(`${server.baseUrl}/api/findings/export`, { headers: { cookie } });
  if (!response.ok || !response.body) throw new Error(`The export route answered HTTP ${response.status}.`);
  const counter = new RecordCounter();
  let bytes = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.length;
    counter.push(chunk.value);
  }
  const ms = performance.now() - started;
  const { peakBytes, samples } = sampler.stop();
  const rows = counter.records - 1; // the header
  const mb = (n: number) => n / 1024 / 1024;
  return {
    ms,
    rows,
    bytes,
    rowsPerSecond: rows / (ms / 1000),
    rssBeforeMb: mb(before),
    rssPeakMb: mb(peakBytes),
    rssGrowthMb: mb(peakBytes - before),
    rssSamples: samples,
  };
}
