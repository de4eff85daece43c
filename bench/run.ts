/**
 * `npm run bench`: runs every bench/*.bench.ts (or those whose name contains argv[2]) and prints one table:
 * figure, Concord, baseline, ratio, with the machine it ran on.
 */
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { Benchmark, BenchRow } from './bench.ts';

const filter = process.argv[2] ?? '';
const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
const rows: BenchRow[] = [];
for (const file of files) {
  const module: { default: Benchmark } = await import(new URL(file, import.meta.url).href);
  process.stderr.write(`running ${module.default.name}…\n`);
  rows.push(...(await module.default.run()));
}

const format = (n: number): string => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3));
const header = ['figure', 'Concord', 'baseline', 'ratio', 'baseline is'];
const table = rows.map((r) => [r.figure, `${format(r.concord)} ${r.unit}`, `${format(r.baseline)} ${r.unit}`, r.baseline === 0 ? '—' : `${(r.concord / r.baseline).toFixed(2)}×`, r.baselineName]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]?.length ?? 0)));
const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of table) console.log(line(row));
console.log('ratio = Concord ÷ baseline: below 1× Concord takes less (time, memory) than the baseline.');
