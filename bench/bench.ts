/**
 * What a benchmark reports: figures measured for Concord beside a baseline measured in the same run on the
 * same machine, so the ratio means something whatever the machine. Each `bench/*.bench.ts` file exports a
 * default `Benchmark`; `npm run bench` runs them all and prints one table.
 */
export interface BenchRow {
  /** What was measured, e.g. "import docx (Debian constitution), median ms". */
  figure: string;
  concord: number;
  /** The same figure for the baseline (a raw library, a brute-force method, the stock server). */
  baseline: number;
  /** What the baseline is, e.g. "mammoth.convertToHtml alone". */
  baselineName: string;
  unit: string;
}

export interface Benchmark {
  name: string;
  run(): Promise<BenchRow[]>;
}

/** Median wall time in milliseconds of `runs` calls of `fn` after `warmup` unmeasured calls. */
export async function medianMs(fn: () => unknown, runs = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
