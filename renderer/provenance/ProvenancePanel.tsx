/**
 * The provenance of the clause the cursor is in: how it came to be, its origins (organization, source,
 * principle as imported) each with a word diff to today's wording, and its history with who and when,
 * any two points (or today) compared by word diff.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { wordDiff } from '../../src/compare/word-diff.ts';
import type { Block } from '../../src/constitution/schema.ts';
import { clauseProvenance } from '../../src/provenance/resolve.ts';
import { getSource } from '../../src/workspace/sources.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import { useDocValue } from '../state/use-doc.ts';
import { DiffText } from './DiffText.tsx';
import { localDateTime as when } from '../../src/local-dates.ts';
import { authorName } from './names.ts';

const HOW: Record<string, string> = {
  drafted: 'Written here',
  adopted: 'Adopted from a principle',
  merged: 'Merged from several principles',
  split: 'Split from another block',
  copied: 'Copied from another block',
  unknown: 'From before provenance was recorded',
};

function HistoryCompare({ points, today }: { points: { label: string; text: string }[]; today: string }): ReactNode {
  const all = [...points, { label: 'Today', text: today }];
  const [from, setFrom] = useState(0);
  // -1: today, whatever the history grows to.
  const [to, setTo] = useState(-1);
  const at = (n: number): number => (n < 0 ? all.length - 1 : Math.min(n, all.length - 1));
  const before = all[at(from)]?.text ?? '';
  const after = all[at(to)]?.text ?? '';
  const diff = useMemo(() => wordDiff(before, after), [before, after]);
  const pick = (label: string, value: number, set: (n: number) => void): ReactNode => (
    <select aria-label={label} value={at(value)} onChange={(e) => set(Number(e.target.value))}>
      {all.map((p, i) => (
        <option key={i} value={i}>
          {p.label}
        </option>
      ))}
    </select>
  );
  return (
    <div className="prov-compare">
      <span>Compare {pick('Compare from', from, setFrom)}</span> <span>with {pick('Compare with', to, setTo)}</span>
      <DiffText spans={diff.spans} testId="history-diff" />
    </div>
  );
}

export function ProvenancePanel({ doc, block }: { doc: Y.Doc; block: Block | undefined }): ReactNode {
  const id = block?.id;
  const provenance = useDocValue(
    doc,
    useCallback((d: Y.Doc) => (id === undefined ? null : (clauseProvenance(d, id) ?? null)), [id]),
  );
  const orgs = useDocValue(doc, listOrganizations);
  const titles = useDocValue(
    doc,
    useCallback((d: Y.Doc) => Object.fromEntries((provenance?.origins ?? []).map((o) => [o.source, getSource(d, o.source)?.title ?? ''])), [provenance]),
  );
  if (!block)
    return (
      <section className="prov-panel" aria-label="Provenance">
        <p className="muted">Put the cursor in a clause to see where it came from.</p>
      </section>
    );
  const colour = (org: string): string => orgs.find((o) => o.id === org)?.colour ?? '#7f7f7f';
  const history = provenance?.history ?? [];
  return (
    <section className="prov-panel" aria-label="Provenance" data-testid="provenance-panel">
      <h2>Provenance</h2>
      {!provenance ? (
        <p className="muted">No provenance recorded for this block.</p>
      ) : (
        <>
          <p data-testid="provenance-created">
            {HOW[provenance.created.how] ?? provenance.created.how} · {authorName(orgs, provenance.created)} · {when(provenance.created.at)}
          </p>
          {provenance.origins.length === 0 ? (
            <p className="muted" data-testid="provenance-drafted">
              Drafted{provenance.draftedBy ? ` by ${orgs.find((o) => o.id === provenance.draftedBy)?.name ?? 'a former member'}` : ''}, from no principle.
            </p>
          ) : (
            <ol className="prov-origins" aria-label="Origins">
              {provenance.origins.map((origin) => (
                <li key={origin.principle} data-testid="provenance-origin" data-principle-id={origin.principle} style={{ borderColor: colour(origin.org) }}>
                  <div className="principle-path">
                    <strong>{orgs.find((o) => o.id === origin.org)?.short ?? '?'}</strong> · {titles[origin.source] || 'a removed source'} (version {origin.version})
                    {origin.path.length > 0 ? ` › ${origin.path.join(' › ')}` : ''}
                  </div>
                  <p className="principle-text">{origin.text}</p>
                  <div className="muted small-print">As imported → today’s wording:</div>
                  <DiffText spans={wordDiff(origin.text, block.text).spans} testId="origin-diff" />
                </li>
              ))}
            </ol>
          )}
          <h3>History</h3>
          {history.length === 0 ? (
            <p className="muted">No changes recorded yet.</p>
          ) : (
            <>
              <ol className="prov-history" aria-label="History">
                {history.map((point, i) => (
                  <li key={i} data-testid="history-point">
                    <span className="prov-who">{authorName(orgs, point)}</span> <span className="muted">{when(point.at)}</span>
                    <div className="prov-history-text">{point.text}</div>
                  </li>
                ))}
              </ol>
              <HistoryCompare points={history.map((p, i) => ({ label: `${i + 1}. ${authorName(orgs, p)}, ${when(p.at)}`, text: p.text }))} today={block.text} />
            </>
          )}
        </>
      )}
    </section>
  );
}
