export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs `work` `times` times and returns the median wall time in ms with the last result. */
export async function timed<T>(times: number, work: () => T | Promise<T>): Promise<{ ms: number; runs: number[]; result: T }> {
  const runs: number[] = [];
  let result!: T;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    result = await work();
    runs.push(performance.now() - started);
  }
  return { ms: median(runs), runs, result };
}
