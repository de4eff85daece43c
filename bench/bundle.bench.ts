/**
 * What the renderer makes a user download, per moment: the initial load (the entry chunk and what it
 * imports statically), opening the Sources, Ratification and Export views (each counted without what the
 * initial load already brought). The renderer is built first (Vite, production). Each figure stands beside
 * its budget: the run fails when a figure is over it (a reader or pdf.js pulled back into a view, docx
 * into the initial load or the Ratification view), or when pdf.js ships in more than one chunk.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark, BenchRow } from './bench.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'out/renderer');

/**
 * Budgets in KiB. The initial load was 885 KiB before Concord spoke Spanish, and is 1,102 KiB with it (2
 * December 2026): i18next and react-i18next (about 55 KiB) and the English and Spanish catalogs of every
 * view (about 160 KiB; each more language adds about 90 KiB, at which point the languages not shown should
 * load when chosen). Sources 15, Ratification 35, Export 1,250 KiB.
 */
const BUDGET_KIB = { initial: 1150, sources: 64, ratification: 64, exportDialog: 1400 };

/** A chunk and everything it imports statically (the browser fetches those before running it). */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(out, file), 'utf8');
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(posix.normalize(posix.join(posix.dirname(file), match[1] ?? '')));
  }
  return seen;
}

const kib = (files: Iterable<string>): number => [...files].reduce((sum, file) => sum + statSync(join(out, file)).size, 0) / 1024;

function chunk(prefix: string): string {
  const found = readdirSync(join(out, 'assets')).find((file) => file.startsWith(`${prefix}-`) && file.endsWith('.js'));
  if (!found) throw new Error(`no ${prefix} chunk in out/renderer/assets`);
  return `assets/${found}`;
}

function row(figure: string, files: Set<string>, budget: number): BenchRow {
  const size = kib(files);
  if (size > budget) throw new Error(`${figure}: ${size.toFixed(0)} KiB is over its budget of ${budget} KiB`);
  return { figure, concord: size, baseline: budget, baselineName: 'budget (the run fails above it)', unit: 'KiB' };
}

const benchmark: Benchmark = {
  name: 'renderer bundle sizes',
  async run() {
    execFileSync(process.execPath, ['scripts/build.mjs', 'renderer'], { cwd: root, stdio: 'ignore' });
    const entry = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(readFileSync(join(out, 'index.html'), 'utf8'))?.[1];
    if (!entry) throw new Error('no entry script in out/renderer/index.html');
    const pdfJsChunks = readdirSync(join(out, 'assets')).filter((file) => file.endsWith('.js') && readFileSync(join(out, 'assets', file), 'utf8').includes('GlobalWorkerOptions'));
    if (pdfJsChunks.length !== 1) throw new Error(`pdf.js should ship in one chunk, and ships in ${pdfJsChunks.length}: ${pdfJsChunks.join(', ')}`);
    const initial = staticClosure(entry);
    const opened = (prefix: string): Set<string> => new Set([...staticClosure(chunk(prefix))].filter((file) => !initial.has(file)));
    return [
      row('initial load (entry chunk and its static imports)', initial, BUDGET_KIB.initial),
      row('opening the Sources view (beyond the initial load)', opened('SourcesView'), BUDGET_KIB.sources),
      row('opening the Ratification view (beyond the initial load)', opened('RatificationView'), BUDGET_KIB.ratification),
      row('opening the Export dialog (beyond the initial load)', opened('ExportDialog'), BUDGET_KIB.exportDialog),
    ];
  },
};

export default benchmark;
