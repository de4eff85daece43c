/**
 * The provenance of the clause the cursor is in: how it came to be, its origins (organization, source,
 * principle as imported) each with a word diff to today's wording, and its history with who and when,
 * any two points (or today) compared by word diff.
 */
import { useCallback, useMemo, useState, type ReactElement, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { wordDiff } from '../../src/compare/word-diff.ts';
import type { Block } from '../../src/constitution/schema.ts';
import { clauseProvenance } from '../../src/provenance/resolve.ts';
import { getSource } from '../../src/workspace/sources.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import { useDocValue } from '../state/use-doc.ts';
import { DiffText } from './DiffText.tsx';
import { readableDate } from '../../src/local-dates.ts';
import { authorName } from './names.ts';
import { shownLanguage } from '../i18n/language-choice.ts';

const HOW = ['drafted', 'adopted', 'merged', 'split', 'copied', 'unknown'] as const;
const isHow = (how: string): how is (typeof HOW)[number] => HOW.some((h) => h === how);

function HistoryCompare({ points, today }: { points: { label: string; text: string }[]; today: string }): ReactNode {
  const { t } = useTranslation('editor');
  const all = [...points, { label: t('provenance.today'), text: today }];
  const [from, setFrom] = useState(0);
  // -1: today, whatever the history grows to.
  const [to, setTo] = useState(-1);
  const at = (n: number): number => (n < 0 ? all.length - 1 : Math.min(n, all.length - 1));
  const before = all[at(from)]?.text ?? '';
  const after = all[at(to)]?.text ?? '';
  const diff = useMemo(() => wordDiff(before, after), [before, after]);
  const pick = (label: string, value: number, set: (n: number) => void): ReactElement => (
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
      <Trans
        t={t}
        i18nKey="provenance.compare"
        components={{
          from: <span />,
          fromPick: pick(t('provenance.compareFrom'), from, setFrom),
          with: <span />,
          withPick: pick(t('provenance.compareWith'), to, setTo),
        }}
      />
      <DiffText spans={diff.spans} testId="history-diff" />
    </div>
  );
}

export function ProvenancePanel({ doc, block }: { doc: Y.Doc; block: Block | undefined }): ReactNode {
  const { t } = useTranslation('editor');
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
      <section className="prov-panel" aria-label={t('provenance.label')}>
        <p className="muted">{t('provenance.noBlock')}</p>
      </section>
    );
  const colour = (org: string): string => orgs.find((o) => o.id === org)?.colour ?? '#7f7f7f';
  const history = provenance?.history ?? [];
  return (
    <section className="prov-panel" aria-label={t('provenance.label')} data-testid="provenance-panel">
      <h2>{t('provenance.label')}</h2>
      {!provenance ? (
        <p className="muted">{t('provenance.none')}</p>
      ) : (
        <>
          <p data-testid="provenance-created">
            {isHow(provenance.created.how) ? t(`provenance.how.${provenance.created.how}`) : provenance.created.how} · {authorName(orgs, provenance.created)} ·{' '}
            {readableDate(provenance.created.at, shownLanguage())}
          </p>
          {provenance.origins.length === 0 ? (
            <p className="muted" data-testid="provenance-drafted">
              {provenance.draftedBy
                ? t('provenance.draftedBy', { org: orgs.find((o) => o.id === provenance.draftedBy)?.name ?? t('provenance.formerMember') })
                : t('provenance.drafted')}
            </p>
          ) : (
            <ol className="prov-origins" aria-label={t('provenance.origins')}>
              {provenance.origins.map((origin) => (
                <li key={origin.principle} data-testid="provenance-origin" data-principle-id={origin.principle} style={{ borderColor: colour(origin.org) }}>
                  <div className="principle-path">
                    <strong>{orgs.find((o) => o.id === origin.org)?.short ?? '?'}</strong> ·{' '}
                    {t('provenance.source', { title: titles[origin.source] || t('provenance.removedSource'), version: origin.version })}
                    {origin.path.length > 0 ? ` › ${origin.path.join(' › ')}` : ''}
                  </div>
                  <p className="principle-text">{origin.text}</p>
                  <div className="muted small-print">{t('provenance.asImported')}</div>
                  <DiffText spans={wordDiff(origin.text, block.text).spans} testId="origin-diff" />
                </li>
              ))}
            </ol>
          )}
          <h3>{t('provenance.history')}</h3>
          {history.length === 0 ? (
            <p className="muted">{t('provenance.noHistory')}</p>
          ) : (
            <>
              <ol className="prov-history" aria-label={t('provenance.history')}>
                {history.map((point, i) => (
                  <li key={i} data-testid="history-point">
                    <span className="prov-who">{authorName(orgs, point)}</span> <span className="muted">{readableDate(point.at, shownLanguage())}</span>
                    <div className="prov-history-text">{point.text}</div>
                  </li>
                ))}
              </ol>
              <HistoryCompare
                points={history.map((p, i) => ({ label: `${i + 1}. ${authorName(orgs, p)}, ${readableDate(p.at, shownLanguage())}`, text: p.text }))}
                today={block.text}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
