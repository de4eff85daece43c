/**
 * "Merge into one clause": the chosen principles side by side (each after the first with a word diff from
 * the first), and a box where the delegate writes the merged wording. Creating the clause inserts it at
 * the cursor with every principle as an origin.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { wordDiff } from '../../src/compare/word-diff.ts';
import { findPrinciple } from '../../src/provenance/adopt.ts';
import { getSource } from '../../src/workspace/sources.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import { useDocValue } from '../state/use-doc.ts';
import { DiffText } from './DiffText.tsx';

interface Props {
  doc: Y.Doc;
  principleIds: string[];
  onCancel(): void;
  onCreate(text: string): void;
}

export function MergeView({ doc, principleIds, onCancel, onCreate }: Props): ReactNode {
  const { t } = useTranslation(['editor', 'common']);
  const key = principleIds.join(',');
  const principles = useDocValue(
    doc,
    // biome-ignore lint/correctness/useExhaustiveDependencies: the ids by value (`key`): the array is new every render
    useCallback(
      (d: Y.Doc) =>
        principleIds.flatMap((id) => {
          const found = findPrinciple(d, id);
          return found ? [{ ...found, title: getSource(d, found.source)?.title ?? '' }] : [];
        }),
      [key],
    ),
  );
  const orgs = useDocValue(doc, listOrganizations);
  const first = principles[0];
  const [text, setText] = useState(first?.text ?? '');
  return (
    <div className="merge-backdrop">
      <section className="merge-view" role="dialog" aria-modal="true" aria-label={t('merge.label')} data-testid="merge-view">
        <h2>{t('merge.title', { count: principles.length })}</h2>
        <div className="merge-columns">
          {principles.map((p, i) => {
            const org = orgs.find((o) => o.id === p.org);
            return (
              <article key={p.principle} className="merge-column" data-principle-id={p.principle} style={{ borderColor: org?.colour }}>
                <header>
                  <strong>{org?.short ?? '?'}</strong> <span className="muted">{p.title}</span>
                </header>
                {i === 0 || !first ? <p className="principle-text">{p.text}</p> : <DiffText spans={wordDiff(first.text, p.text).spans} testId="merge-diff" />}
              </article>
            );
          })}
        </div>
        <label className="merge-wording">
          {t('merge.wording')}
          <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="row">
          <button type="button" className="primary" disabled={text.trim() === '' || principles.length === 0} onClick={() => onCreate(text)}>
            {t('merge.create')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        </div>
      </section>
    </div>
  );
}
