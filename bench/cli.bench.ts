/**
 * The CLI's start-up, each figure a median of 9 runs interleaved with its baseline's in the same run:
 * `concord --help` against a bare `node -e 0`, and `concord info --json` on a 1,000-block workspace against
 * a bare Node script that reads the same file into a Y.Doc and prints the constitution's text. Both run the
 * built CLI (out/cli, as `npx concord` does).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeWorkspaceFile } from '../src/file/format.ts';
import type { Benchmark } from './bench.ts';
import { draft } from './draft.ts';

const root = join(import.meta.dirname, '..');
const RUNS = 9;
const BARE_READ = `
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
const doc = new Y.Doc();
Y.applyUpdate(doc, readFileSync(process.argv[1]).subarray(48));
process.stdout.write(doc.get('constitution', Y.XmlText).toString().slice(0, 10));
`;

function wallMs(args: readonly string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - start;
}

/** Medians of `a` and `b`, run alternately. */
function interleaved(a: readonly string[], b: readonly string[]): [number, number] {
  const times: [number[], number[]] = [[], []];
  wallMs(a);
  wallMs(b);
  for (let i = 0; i < RUNS; i += 1) {
    times[0].push(wallMs(a));
    times[1].push(wallMs(b));
  }
  const median = (values: number[]): number => values.sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? Number.NaN;
  return [median(times[0]), median(times[1])];
}

const benchmark: Benchmark = {
  name: 'CLI start-up',
  async run() {
    execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: root, stdio: 'inherit' });
    const file = join(mkdtempSync(join(tmpdir(), 'concord-cli-bench-')), 'draft.concord');
    writeFileSync(file, encodeWorkspaceFile(draft(1000)));
    const [help, bare] = interleaved(['bin/concord.mjs', '--help'], ['-e', '0']);
    const [info, read] = interleaved(['bin/concord.mjs', 'info', file, '--json'], ['--input-type=module', '-e', BARE_READ, file]);
    const load = (loadavg()[0] ?? 0).toFixed(1);
    return [
      { figure: `concord --help, median of ${RUNS} (≤ 100 ms target; load ${load})`, concord: help, baseline: bare, baselineName: 'node -e 0', unit: 'ms' },
      {
        figure: `concord info --json, 1,000-block workspace, median of ${RUNS} (≤ 1.5× target)`,
        concord: info,
        baseline: read,
        baselineName: 'node + Yjs: read the file into a Y.Doc, print its text',
        unit: 'ms',
      },
    ];
  },
};

export default benchmark;
