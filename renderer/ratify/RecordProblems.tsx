/**
 * What is wrong in the signed record, as every replica finds it (summary.problems): statements that do
 * not verify, conflict, build on something missing, or were deleted from the shared document (this copy
 * keeps counting them and puts them back) — each with the organization and key fingerprint that signed it.
 */
import type { ReactNode } from 'react';
import type { TallySummary } from '../../src/ratify/summary.ts';

export function RecordProblems({ summary }: { summary: TallySummary }): ReactNode {
  if (summary.problems.length === 0) return null;
  return (
    <section className="ratify-problems" aria-labelledby="problems-heading">
      <h3 id="problems-heading">Problems in the signed record ({summary.problems.length})</h3>
      <p>None of these changes a result: what they claim is not counted, or (deleted statements) is still counted.</p>
      <ul>
        {summary.problems.map((problem, i) => (
          <li key={`${problem.statement}-${i}`} data-testid="record-problem">
            {problem.kind !== '' ? `A ${problem.kind} statement` : 'An entry'}
            {problem.short ? ` by ${problem.short}` : ''}
            {problem.fingerprint ? ` (key ${problem.fingerprint})` : ''}: {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
