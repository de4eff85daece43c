/**
 * The agreement heatmap: for each two organizations, how many rows they share and how much of their
 * platforms that is — the Dice coefficient 2·shared / (principles of one + principles of the other), 0 to 1.
 * Each organization's own cell counts all its principles (agreement 1, or 0 when it has none).
 */
import type { Comparison } from './compare.ts';

export interface AgreementCell {
  /** Rows holding principles of both organizations (on the diagonal: the organization's principles). */
  shared: number;
  /** 0…1: the share of their two platforms that is aligned. */
  agreement: number;
}

export interface AgreementMatrix {
  /** Short names, in the comparison's column order. */
  orgs: string[];
  /** cells[i][j]: organization i with organization j (symmetric). */
  cells: AgreementCell[][];
}

export function agreementMatrix(comparison: Comparison): AgreementMatrix {
  const n = comparison.orgs.length;
  const shared = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const row of comparison.rows) {
    const present = row.cells.flatMap((cell, i) => (cell.length > 0 ? [i] : []));
    for (const i of present) {
      const line = shared[i];
      if (line !== undefined) for (const j of present) if (i !== j) line[j] = (line[j] ?? 0) + 1;
    }
  }
  const cells = comparison.orgs.map((a, i) =>
    comparison.orgs.map((b, j): AgreementCell => {
      if (i === j) return { shared: a.principleCount, agreement: a.principleCount > 0 ? 1 : 0 };
      const both = shared[i]?.[j] ?? 0;
      const total = a.principleCount + b.principleCount;
      return { shared: both, agreement: total === 0 ? 0 : (2 * both) / total };
    }),
  );
  return { orgs: comparison.orgs.map((o) => o.short), cells };
}
