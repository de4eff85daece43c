/**
 * Figures the reliability suite measures (edits lost over kill cycles, convergence runs, fuzzed frames,
 * bad files, forged votes, the soak), each written by its test to test-results/figures/NAME.json for
 * scripts/reliability-summary.mjs to print as one line. Written even when the test then fails, so the
 * summary shows what was measured.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../test-results/figures/', import.meta.url));

export function recordFigures(name: string, figures: Record<string, number | string>): void {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(`${DIR}${name}.json`, `${JSON.stringify({ ...figures, recordedAt: new Date().toISOString() })}\n`);
}
