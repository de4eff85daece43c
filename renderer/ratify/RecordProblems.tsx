/**
 * What is wrong in the signed record, as every replica finds it (summary.problems): statements that do
 * not verify, conflict, build on something missing, or were deleted from the shared document (this copy
 * keeps counting them and puts them back) — each with the organization and key fingerprint that signed it.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isStatementKind } from '../../src/ratify/statement.ts';
import type { TallySummary } from '../../src/ratify/summary.ts';

export function RecordProblems({ summary }: { summary: TallySummary }): ReactNode {
  const { t } = useTranslation('ratify');
  if (summary.problems.length === 0) return null;
  return (
    <section className="ratify-problems" aria-labelledby="problems-heading">
      <h3 id="problems-heading">{t('problems.heading', { count: summary.problems.length })}</h3>
      <p>{t('problems.intro')}</p>
      <ul>
        {summary.problems.map((problem, i) => (
          <li key={`${problem.statement}-${i}`} data-testid="record-problem">
            {t(problem.short ? (problem.fingerprint ? 'problems.problemByKey' : 'problems.problemBy') : problem.fingerprint ? 'problems.problemKey' : 'problems.problem', {
              what: isStatementKind(problem.kind) ? t(`problems.kinds.${problem.kind}`) : t('problems.entry'),
              short: problem.short,
              fingerprint: problem.fingerprint,
              message: problem.message,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
