/**
 * The comparison core: exact pairs through the index (same as brute force), deterministic rows whatever the
 * input order, empty and one-principle organizations, bad choices rejected with clear errors, BM25 weights,
 * the deterministic logarithm, the heatmap, the keyword filter, the word diff and the row window.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareOrganizations, type CompareOrganization, type Comparison } from '../../src/compare/compare.ts';
import { exactLog } from '../../src/compare/exact-log.ts';
import { filterRows } from '../../src/compare/filter.ts';
import { agreementMatrix } from '../../src/compare/heatmap.ts';
import { similarPairs } from '../../src/compare/pairs.ts';
import { terms } from '../../src/compare/tokenize.ts';
import { weighDocuments } from '../../src/compare/vectors.ts';
import { rowWindow } from '../../src/compare/window.ts';
import { wordDiff } from '../../src/compare/word-diff.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { bruteForcePairs } from '../fixtures/compare/brute-force.ts';
import { plantedOrganizations } from '../fixtures/compare/planted.ts';
import { mulberry32 } from '../fixtures/compare/reword.ts';

const org = (short: string, texts: readonly string[]): CompareOrganization => ({
  id: `id-${short}`,
  short,
  name: `The ${short}`,
  principles: texts.map((text, i) => ({ id: `${short}-${i}`, text })),
});

/** Rows as sets of principle ids, sorted: what must not depend on input order. */
const rowSets = (c: Comparison): string[] => c.rows.map((r) => r.key).sort();

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConcordError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('tokenization and weights', () => {
  it('folds accents and compatibility forms, drops stop words, stems', () => {
    expect(terms('The Developers are VOTING; ﬁnal décisions — Ｖｏｔｅ!')).toEqual(['develop', 'vote', 'final', 'decision', 'vote']);
    expect(terms('Всеобщая декларация прав человека')).toEqual(['всеобщая', 'декларация', 'прав', 'человека']);
    expect(terms('人人生而自由')).toEqual(['人人', '人生', '生而', '而自', '自由']);
    expect(terms('It shall be, and it will be.')).toEqual([]);
  });

  it('gives unit vectors, rare terms weighing more', () => {
    const space = weighDocuments([terms('members vote freely'), terms('members meet'), terms('members elect')]);
    for (const v of space.vectors) expect(v.weights.reduce((s, w) => s + w * w, 0)).toBeCloseTo(1, 12);
    const first = space.vectors[0];
    const weightOf = (term: string): number => first?.weights[[...(first?.terms ?? [])].indexOf(space.vocabulary.indexOf(term))] ?? 0;
    expect(weightOf('vote')).toBeGreaterThan(weightOf('member'));
  });

  it('computes logarithms with + − × ÷ to within a few ulps of Math.log', () => {
    for (const x of [1e-9, 0.5, 1, 1.5, 2, Math.E, 10, 12345.678, 1e12]) expect(Math.abs(exactLog(x) - Math.log(x))).toBeLessThan(1e-14 * Math.max(1, Math.abs(Math.log(x))));
    expect(() => exactLog(0)).toThrow(RangeError);
  });
});

describe('similar pairs through the index', () => {
  it('finds exactly the pairs brute force finds (planted corpus, several thresholds)', () => {
    const { orgs } = plantedOrganizations(30, 3, 2);
    const docs = orgs.flatMap((o, g) => o.principles.map((p) => ({ g, terms: terms(p.text) })));
    const space = weighDocuments(docs.map((d) => d.terms));
    const groupOf = Int32Array.from(docs, (d) => d.g);
    for (const t of [0.05, 0.2, 0.35, 0.6, 0.9]) {
      const fast = similarPairs(space.vectors, groupOf, space.documentFrequency, t);
      const slow = bruteForcePairs(space.vectors, groupOf, t);
      expect(fast.map((p) => [p.a, p.b])).toEqual(slow.map((p) => [p.a, p.b]));
      expect(fast.map((p) => p.score)).toEqual(slow.map((p) => p.score));
    }
  });

  it('finds exactly the pairs brute force finds (random texts over a small vocabulary)', () => {
    const vocabulary = ['vote', 'member', 'leader', 'right', 'free', 'work', 'land', 'law', 'press', 'peace', 'trade', 'school'];
    const text = fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), text), { minLength: 2, maxLength: 40 }), fc.double({ min: 0.05, max: 1, noNaN: true }), (docs, t) => {
        const space = weighDocuments(docs.map(([, s]) => terms(s)));
        const groupOf = Int32Array.from(docs, ([g]) => g);
        const fast = similarPairs(space.vectors, groupOf, space.documentFrequency, t);
        const slow = bruteForcePairs(space.vectors, groupOf, t);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 150, seed: 6 },
    );
  });
});

describe('rows', () => {
  it('is deterministic: the same rows every time, whatever the order of organizations and principles', () => {
    const { orgs } = plantedOrganizations(30, 3, 2);
    const first = compareOrganizations(orgs);
    expect(JSON.stringify(compareOrganizations(orgs))).toBe(JSON.stringify(first));
    const random = mulberry32(42);
    const shuffle = <T>(list: readonly T[]): T[] =>
      list
        .map((x) => ({ x, k: random() }))
        .sort((a, b) => a.k - b.k)
        .map((e) => e.x);
    const reordered = shuffle(orgs).map((o) => ({ ...o, principles: shuffle(o.principles) }));
    const second = compareOrganizations(reordered);
    expect(rowSets(second)).toEqual(rowSets(first));
    expect(second.rows.map((r) => r.key)).toEqual(first.rows.map((r) => r.key));
    expect(second.rows.map((r) => r.score)).toEqual(first.rows.map((r) => r.score));
    expect(second.unique.map((r) => r.key).sort()).toEqual(first.unique.map((r) => r.key).sort());
  });

  it('keeps at most one principle per organization in a row, even among near-duplicates', () => {
    const c = compareOrganizations([
      org('A', ['Members elect the leader every year.', 'Members elect the leader every year!']),
      org('B', ['The leader is elected by the members every year.']),
    ]);
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0]?.cells.map((cell) => cell.length)).toEqual([1, 1]);
    expect(c.rows[0]?.principleIds).toEqual(['A-0', 'B-0']);
    expect(c.unique.map((r) => r.principleIds)).toEqual([['A-1']]);
  });

  it('works with empty and one-principle organizations', () => {
    const c = compareOrganizations([
      org('E', []),
      org('O', ['Everyone has the right to education.']),
      org('P', ['Everyone has the right to an education.', 'Taxes are progressive.']),
    ]);
    expect(c.orgs.map((o) => o.principleCount)).toEqual([0, 1, 2]);
    expect(c.rows.map((r) => r.principleIds)).toEqual([['O-0', 'P-0']]);
    expect(c.rows[0]?.cells[0]).toEqual([]);
    expect(c.unique.map((r) => r.principleIds)).toEqual([['P-1']]);
    const empty = compareOrganizations([org('E', []), org('F', [])]);
    expect(empty.rows).toEqual([]);
    expect(empty.unique).toEqual([]);
    const blank = compareOrganizations([org('E', ['', 'the and of']), org('F', ['', 'of the'])]);
    expect(blank.rows).toEqual([]);
    expect(blank.unique).toHaveLength(4);
  });

  it('compares twelve organizations, and refuses one, thirteen, duplicates and bad thresholds', () => {
    const twelve = Array.from({ length: 12 }, (_, i) =>
      org(`O${i}`, [`Every member votes in the general assembly ${i === 0 ? '' : 'always'}`, `Topic number ${i} about item${i}`]),
    );
    const c = compareOrganizations(twelve);
    expect(c.rows[0]?.orgCount).toBe(12);
    expect(c.unique).toHaveLength(12);
    expect(errorCode(() => compareOrganizations(twelve.slice(0, 1)))).toBe('compare.too-few-orgs');
    expect(errorCode(() => compareOrganizations([...twelve, org('X', [])]))).toBe('compare.too-many-orgs');
    expect(errorCode(() => compareOrganizations([org('A', []), org('a', [])]))).toBe('compare.duplicate-org');
    for (const threshold of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(errorCode(() => compareOrganizations(twelve.slice(0, 2), { threshold }))).toBe('compare.bad-threshold');
    }
  });

  it('groups more at a lower threshold, less at a higher one', () => {
    const { orgs } = plantedOrganizations(30, 3, 2);
    const counts = [0.2, 0.35, 0.6, 0.95].map((threshold) => compareOrganizations(orgs, { threshold }).unique.length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts[0]).toBeLessThan(counts[3] ?? 0);
  });
});

describe('heatmap, filter, diff, window', () => {
  const c = compareOrganizations([
    org('A', ['Members elect the leader every year.', 'The press is free.', 'Schools are free for all children.']),
    org('B', ['Every year the members elect their leader.', 'Schools are free for every child.']),
    org('C', ['Trade is regulated by the state.']),
  ]);

  it('counts shared rows per pair of organizations, with the Dice share of their platforms', () => {
    const m = agreementMatrix(c);
    expect(m.orgs).toEqual(['A', 'B', 'C']);
    expect(m.cells[0]?.[1]).toEqual({ shared: 2, agreement: 0.8 });
    expect(m.cells[1]?.[0]).toEqual({ shared: 2, agreement: 0.8 });
    expect(m.cells[0]?.[2]).toEqual({ shared: 0, agreement: 0 });
    expect(m.cells[2]?.[2]).toEqual({ shared: 1, agreement: 1 });
  });

  it('filters rows by keyword: stems, word starts, all words', () => {
    const all = [...c.rows, ...c.unique];
    expect(filterRows(all, 'elections').map((r) => r.key)).toEqual(['A-0+B-0']);
    expect(filterRows(all, 'schoo').map((r) => r.key)).toEqual(['A-2+B-1']);
    expect(filterRows(all, 'free press').map((r) => r.key)).toEqual(['A-1']);
    expect(filterRows(all, '  ')).toHaveLength(all.length);
    expect(filterRows(all, 'nuclear')).toEqual([]);
  });

  it('diffs two cells word by word into shared, left-only and right-only spans', () => {
    const d = wordDiff('Schools are free for all children.', 'Schools are free for every child.');
    expect(d.spans.map((s) => s.kind)).toEqual(['shared', 'left', 'right', 'shared']);
    expect(d.spans.filter((s) => s.kind === 'left').map((s) => s.text.trim())).toEqual(['all children']);
    expect(d.spans.filter((s) => s.kind === 'right').map((s) => s.text.trim())).toEqual(['every child']);
    expect(d.spans.map((s) => (s.kind === 'right' ? '' : s.text)).join('')).toBe('Schools are free for all children.');
    expect(d.sharedShare).toBeCloseTo(8 / 12, 10);
    expect(wordDiff('', '').sharedShare).toBe(1);
  });

  it('windows a long list: only the rows in view, with the space around them', () => {
    expect(rowWindow(10_000, 100, 50_000, 600, 2)).toEqual({ start: 498, end: 509, before: 49_800, after: (10_000 - 509) * 100 });
    expect(rowWindow(5, 100, 0, 600, 2)).toEqual({ start: 0, end: 5, before: 0, after: 0 });
    expect(rowWindow(0, 100, 0, 600)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});
