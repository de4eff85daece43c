/**
 * Coverage: is every member's platform represented? Per organization, the share of its principles the
 * draft uses (a bar chart), how (as is, reworded, merged), and the principles not yet used, each with an
 * Adopt button. The numbers come from src/provenance/coverage.ts.
 */
import type { ReactNode } from 'react';
import type * as Y from 'yjs';
import { coverage } from '../../src/provenance/coverage.ts';
import { useDocValue } from '../state/use-doc.ts';

export function CoverageView({ doc, onAdopt, readOnly = false }: { doc: Y.Doc; onAdopt(ids: string[]): void; readOnly?: boolean }): ReactNode {
  const list = useDocValue(doc, (d) => coverage(d).map((c) => ({ ...c, principles: c.principles.filter((p) => p.use === 'unused') })));
  if (list.length === 0)
    return (
      <div className="coverage-view">
        <p className="empty-hint">Add the member organizations and import their principles first.</p>
      </div>
    );
  return (
    <div className="coverage-view" data-testid="coverage-view">
      <h2>Coverage of each organization’s principles</h2>
      <table className="coverage-table">
        <caption className="sr-only">Share of each organization’s principles used in the draft</caption>
        <thead>
          <tr>
            <th scope="col">Organization</th>
            <th scope="col">Used</th>
            <th scope="col">As is</th>
            <th scope="col">Reworded</th>
            <th scope="col">Merged</th>
            <th scope="col">Not yet used</th>
          </tr>
        </thead>
        <tbody>
          {list.map((c) => (
            <tr key={c.org.id} data-testid="coverage-row" data-org={c.org.short} data-percent={c.percent}>
              <th scope="row">
                <span className="swatch" style={{ background: c.org.colour }} aria-hidden="true" /> {c.org.short} <span className="muted">{c.org.name}</span>
              </th>
              <td>
                <div className="coverage-bar" role="img" aria-label={`${c.percent}% of ${c.total} principles used`}>
                  <div style={{ width: `${c.percent}%`, background: c.org.colour }} />
                </div>
                <span>{c.percent}%</span>{' '}
                <span className="muted">
                  ({c.used} of {c.total})
                </span>
              </td>
              <td>{c.counts['as-is']}</td>
              <td>{c.counts.reworded}</td>
              <td>{c.counts.merged}</td>
              <td>{c.counts.unused}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Not yet used</h2>
      {list.map((c) => (
        <details key={c.org.id} className="coverage-unused" data-org={c.org.short}>
          <summary>
            {c.org.short}: {c.principles.length} principle{c.principles.length === 1 ? '' : 's'} not yet used
          </summary>
          <ol className="principles">
            {c.principles.map(({ principle }) => (
              <li key={principle.id} data-principle-id={principle.id}>
                <div className="principle-path">
                  {principle.sourceTitle} › {principle.path.join(' › ') || 'Top level'}
                </div>
                <p className="principle-text">{principle.text}</p>
                {!readOnly && (
                  <button type="button" className="small" aria-label={`Adopt: ${principle.text.slice(0, 60)}`} onClick={() => onAdopt([principle.id])}>
                    Adopt
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
