/**
 * Coverage: is every member's platform represented? Per organization, the share of its principles the
 * draft uses (a bar chart), how (as is, reworded, merged), and the principles not yet used, each with an
 * Adopt button. The numbers come from src/provenance/coverage.ts.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { coverage } from '../../src/provenance/coverage.ts';
import { useDocValue } from '../state/use-doc.ts';

export function CoverageView({ doc, onAdopt, readOnly = false }: { doc: Y.Doc; onAdopt(ids: string[]): void; readOnly?: boolean }): ReactNode {
  const { t } = useTranslation('editor');
  const list = useDocValue(doc, (d) => coverage(d).map((c) => ({ ...c, principles: c.principles.filter((p) => p.use === 'unused') })));
  if (list.length === 0)
    return (
      <div className="coverage-view">
        <p className="empty-hint">{t('coverage.empty')}</p>
      </div>
    );
  return (
    <div className="coverage-view" data-testid="coverage-view">
      <h2>{t('coverage.title')}</h2>
      <table className="coverage-table">
        <caption className="sr-only">{t('coverage.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.organization')}</th>
            <th scope="col">{t('coverage.used')}</th>
            <th scope="col">{t('coverage.asIs')}</th>
            <th scope="col">{t('coverage.reworded')}</th>
            <th scope="col">{t('coverage.merged')}</th>
            <th scope="col">{t('coverage.notYetUsed')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((c) => (
            <tr key={c.org.id} data-testid="coverage-row" data-org={c.org.short} data-percent={c.percent}>
              <th scope="row">
                <span className="swatch" style={{ background: c.org.colour }} aria-hidden="true" /> {c.org.short} <span className="muted">{c.org.name}</span>
              </th>
              <td>
                <div className="coverage-bar" role="img" aria-label={t('coverage.bar', { percent: c.percent, total: c.total })}>
                  <div style={{ width: `${c.percent}%`, background: c.org.colour }} />
                </div>
                <span>{c.percent}%</span> <span className="muted">{t('coverage.usedOf', { used: c.used, total: c.total })}</span>
              </td>
              <td>{c.counts['as-is']}</td>
              <td>{c.counts.reworded}</td>
              <td>{c.counts.merged}</td>
              <td>{c.counts.unused}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('coverage.notYetUsed')}</h2>
      {list.map((c) => (
        <details key={c.org.id} className="coverage-unused" data-org={c.org.short}>
          <summary>{t('coverage.unused', { org: c.org.short, count: c.principles.length })}</summary>
          <ol className="principles">
            {c.principles.map(({ principle }) => (
              <li key={principle.id} data-principle-id={principle.id}>
                <div className="principle-path">
                  {principle.sourceTitle} › {principle.path.join(' › ') || t('coverage.topLevel')}
                </div>
                <p className="principle-text">{principle.text}</p>
                {!readOnly && (
                  <button type="button" className="small" aria-label={t('adopt.adoptThis', { text: principle.text.slice(0, 60) })} onClick={() => onAdopt([principle.id])}>
                    {t('adopt.adopt')}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </details>
      ))}
    </div>
  );
}
