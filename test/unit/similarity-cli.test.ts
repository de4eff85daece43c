/**
 * `concord similarity --pairs FILE [--json]`: one similarity (0 to 1) per pair line, the same numbers
 * Compare's similarity gives; a paraphrase scores above an unrelated pair in every supported language; a
 * malformed line is refused with its line number and nothing is printed; a missing file is named.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairSimilarities } from '../../src/compare/similarity.ts';
import { loadWordVectors } from '../../cli/word-vectors.ts';
import { concord, tempDir } from './cli-helpers.ts';

const PAIRS: [string, string][] = [
  ['The wage system shall be abolished.', 'Wages must come to an end.'],
  ['The wage system shall be abolished.', 'The anthem is sung at every congress.'],
  ['Los medios de producción pertenecen a quienes los trabajan.', 'Los medios de producción deben pertenecer a las personas que los trabajan.'],
  ['Los medios de producción pertenecen a quienes los trabajan.', 'La sede central está en la ciudad de Valencia.'],
  ["Nous protégeons l'environnement et réduisons nos émissions.", "Nos usines réduiront leurs émissions afin de protéger l'environnement."],
  ["Nous protégeons l'environnement et réduisons nos émissions.", 'Le siège se trouve dans la ville de Lyon.'],
  ['Die Mitglieder wählen jedes Jahr den Vorstand.', 'Der Vorstand wird jährlich von den Mitgliedern gewählt.'],
  ['Die Mitglieder wählen jedes Jahr den Vorstand.', 'Kinder unter zwölf Jahren zahlen keinen Eintritt.'],
];

function pairsFile(lines: string): string {
  const file = join(tempDir(), 'pairs.tsv');
  writeFileSync(file, lines);
  return file;
}

describe('concord similarity', () => {
  const file = pairsFile(`${PAIRS.map(([a, b]) => `${a}\t${b}`).join('\n')}\n\n`);

  it('prints one similarity per pair, 0 to 1, the very numbers Compare uses; paraphrases above unrelated pairs', async () => {
    const result = await concord(['similarity', '--pairs', file]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const scores = result.out.trimEnd().split('\n').map(Number);
    expect(scores).toHaveLength(PAIRS.length);
    for (const s of scores) expect(s >= 0 && s <= 1).toBe(true);
    const expected = pairSimilarities(PAIRS, await loadWordVectors());
    scores.forEach((s, i) => expect(s).toBeCloseTo(expected[i] ?? -1, 4));
    for (let i = 0; i < PAIRS.length; i += 2) expect(scores[i] ?? 0).toBeGreaterThan(scores[i + 1] ?? 1);
  });

  it('--json: each pair with its line number', async () => {
    const result = await concord(['similarity', '--pairs', file, '--json']);
    expect(result.code).toBe(0);
    const json: { pairs: { line: number; similarity: number }[] } = JSON.parse(result.out);
    expect(json.pairs.map((p) => p.line)).toEqual(PAIRS.map((_, i) => i + 1));
    expect(json.pairs.every((p) => p.similarity >= 0 && p.similarity <= 1)).toBe(true);
  });

  it('refuses a malformed line with its number and prints nothing; names a missing file', async () => {
    for (const [lines, line, what] of [
      ['a\tb\n\nno tab on this line\n', 3, 'no tab'],
      ['a\tb\nc\td\te\n', 2, '2 tabs'],
      ['\tb\n', 1, 'an empty text'],
    ] as const) {
      const result = await concord(['similarity', '--pairs', pairsFile(lines)]);
      expect(result.code).toBe(1);
      expect(result.out).toBe('');
      expect(result.err).toContain(`line ${line}: expected two texts separated by one tab`);
      expect(result.err).toContain(what);
    }
    const missing = await concord(['similarity', '--pairs', join(tempDir(), 'nowhere.tsv')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file');
    const usage = await concord(['similarity']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--pairs is required');
  });
});
