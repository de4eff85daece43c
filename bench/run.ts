/**
 * `npm run bench`: runs every bench/*.bench.ts (or those whose name contains argv[2]) and prints one table
 * at the end: figure, Concord, baseline, ratio, with the machine it ran on. A benchmark that fails gets a
 * row saying so (and the run exits 1) instead of hiding the others. A full run (no filter) also writes
 * the table to bench/RESULTS.md, which the README links.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import type { Benchmark, BenchRow } from './bench.ts';

const filter = process.argv[2] ?? '';
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
const rows: string[][] = [];
const failed: string[] = [];

const format = (n: number): string => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3));
const ratio = (r: BenchRow): string => {
  if (r.baseline === 0) return '—';
  const value = r.concord / r.baseline;
  return `${value >= 0.01 ? value.toFixed(2) : value.toPrecision(2)}×`;
};
const cells = (r: BenchRow): string[] => [r.figure, `${format(r.concord)} ${r.unit}`, `${format(r.baseline)} ${r.unit}`, ratio(r), r.baselineName];

function isBenchmark(value: unknown): value is Benchmark {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'name') === 'string' && typeof Reflect.get(value, 'run') === 'function';
}

const started = Date.now();
const loadAtStart = loadavg()[0] ?? 0;
for (const file of files) {
  try {
    const module: unknown = await import(new URL(file, import.meta.url).href);
    const benchmark: unknown = typeof module === 'object' && module !== null ? Reflect.get(module, 'default') : undefined;
    if (!isBenchmark(benchmark)) throw new Error('exports no default Benchmark');
    process.stderr.write(`running ${benchmark.name} (${file})…\n`);
    rows.push(...(await benchmark.run()).map(cells));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${file} failed: ${error instanceof Error ? (error.stack ?? message) : message}\n`);
    failed.push(file);
    rows.push([`${file}: FAILED (${message.split('\n')[0] ?? ''})`, '—', '—', '—', '—']);
  }
}

const header = ['figure', 'Concord', 'baseline', 'ratio', 'baseline is'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
const line = (row: string[]): string => `| ${row.map((c, i) => c.replaceAll('|', '\\|').padEnd(widths[i] ?? 0)).join(' | ')} |`;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${type()} ${release()}, Node ${process.version}`;
const table = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
const legend = 'ratio = Concord ÷ baseline: below 1× Concord takes less (time, memory) than the baseline.';

console.log(`Machine: ${machine}`);
for (const row of table) console.log(row);
console.log(legend);

if (filter === '') {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  writeFileSync(
    new URL('RESULTS.md', import.meta.url),
    [
      '# Benchmark results',
      '',
      `The latest full \`npm run bench\` (${files.length} benchmark files: ${files.join(', ')}), ${date} UTC, ${Math.round((Date.now() - started) / 1000)} s.`,
      '',
      `Machine: ${machine}; load average ${loadAtStart.toFixed(1)} when it started (other work on the machine slows Concord and the baselines alike, which the ratios absorb better than the absolute figures).`,
      '',
      ...table,
      '',
      legend,
      '',
    ].join('\n'),
  );
}
if (failed.length > 0) {
  console.error(`bench: ${failed.join(', ')} failed`);
  process.exitCode = 1;
}
