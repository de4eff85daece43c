/**
 * Planted truth: corpus paragraphs planted, lightly reworded (synonyms, phrases traded, a clause added),
 * into other organizations' lists land in the same row as their originals at the default threshold, while
 * principles of unrelated documents rarely share a row (never at 0.35). Also twelve organizations of 200
 * principles each.
 */
import { describe, expect, it } from 'vitest';
import { compareOrganizations, DEFAULT_THRESHOLD, type Comparison } from '../../src/compare/compare.ts';
import { alignedOrganizations } from '../fixtures/compare/aligned-orgs.ts';
import { plantedOrganizations } from '../fixtures/compare/planted.ts';

function rowIndex(comparison: Comparison): Map<string, number> {
  const index = new Map<string, number>();
  comparison.rows.forEach((row, i) => {
    for (const id of row.principleIds) index.set(id, i);
  });
  return index;
}

describe('planted truth (five unrelated documents, 40 paragraphs each)', () => {
  const { orgs, planted, origin } = plantedOrganizations(40, 4, 2);
  const comparison = compareOrganizations(orgs);
  const rowOf = rowIndex(comparison);

  it('plants what it says: copies reworded, in other organizations', () => {
    expect(planted.length).toBeGreaterThanOrEqual(90);
    const text = new Map(orgs.flatMap((o) => o.principles.map((p) => [p.id, p.text])));
    const changed = planted.filter(({ original, copy }) => text.get(original) !== text.get(copy));
    expect(changed).toHaveLength(planted.length);
    expect(comparison.threshold).toBe(DEFAULT_THRESHOLD);
  });

  it('puts every planted copy in the row of its original (top-1)', () => {
    const misses = planted.filter(({ original, copy }) => rowOf.get(original) === undefined || rowOf.get(original) !== rowOf.get(copy));
    expect(misses).toEqual([]);
  });

  it('keeps unrelated documents apart: rows mixing origins are rare at the default threshold, absent at 0.35', () => {
    const mixed = (c: Comparison): string[][] => c.rows.filter((row) => new Set(row.principleIds.map((id) => origin.get(id))).size > 1).map((row) => row.principleIds);
    // Since issue 19 Compare looks for shared ideas, so a clause may join a kindred row ("To constitute
    // Tribunals…" with "…remedy by the competent national tribunals"); such rows stay a small minority.
    expect(mixed(comparison).length).toBeLessThanOrEqual(comparison.rows.length / 10);
    expect(mixed(compareOrganizations(orgs, { threshold: 0.35 }))).toEqual([]);
  });

  it('lists every other principle as unique to its organization, in its order', () => {
    const inRows = comparison.rows.reduce((n, row) => n + row.principleIds.length, 0);
    const total = orgs.reduce((n, o) => n + o.principles.length, 0);
    expect(comparison.unique).toHaveLength(total - inRows);
    for (const row of comparison.unique) expect(row.orgCount).toBe(1);
    const deb = comparison.unique.flatMap((row) => row.cells[0] ?? []).map((p) => p.id);
    const order = orgs[0]?.principles.map((p) => p.id).filter((id) => deb.includes(id));
    expect(deb).toEqual(order);
  });

  it('orders rows by how many organizations share them, then by similarity', () => {
    expect(comparison.rows.map((r) => r.orgCount)).toEqual(comparison.rows.map((r) => r.orgCount).sort((a, b) => b - a));
    expect(comparison.rows[0]?.orgCount).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < comparison.rows.length; i += 1) {
      const [a, b] = [comparison.rows[i - 1], comparison.rows[i]];
      if (a && b && a.orgCount === b.orgCount) expect(a.score).toBeGreaterThanOrEqual(b.score);
    }
    for (const row of comparison.rows) for (const cell of row.cells) expect(cell.length).toBeLessThanOrEqual(1);
  });
});

describe('twelve organizations × 200 principles', () => {
  const { orgs, base } = alignedOrganizations(12, 200, 20);
  const comparison = compareOrganizations(orgs);

  it('keeps the rewordings of each base principle together (a short one may split in two)', () => {
    const rowsOfBase = new Map<string, Set<number>>();
    comparison.rows.forEach((row, i) => {
      for (const id of row.principleIds) {
        const b = base.get(id) ?? '';
        if (b.startsWith('b')) rowsOfBase.set(b, (rowsOfBase.get(b) ?? new Set()).add(i));
      }
    });
    const uniqueBases = comparison.unique.flatMap((row) => row.principleIds).filter((id) => base.get(id)?.startsWith('b'));
    expect(uniqueBases).toEqual([]);
    // Rewordings of a nine-word principle share only half their words with one another; one such base
    // ends up in two rows. Nothing else may split, and nothing splits further.
    const split = [...rowsOfBase].filter(([, rows]) => rows.size > 1);
    expect(split.length).toBeLessThanOrEqual(2);
    for (const [, rows] of split) expect(rows.size).toBe(2);
    expect(rowsOfBase.size).toBe(200);
  });

  it('has twelve columns and an agreement of most rows across many organizations', () => {
    expect(comparison.orgs).toHaveLength(12);
    for (const row of comparison.rows) expect(row.cells).toHaveLength(12);
    expect(comparison.rows.filter((r) => r.orgCount >= 9).length).toBeGreaterThanOrEqual(190);
  });
});
