/**
 * The preview of an import before anything enters the workspace: how the document was split into
 * principles, each with its heading path, and the fix-ups — split a principle, merge two, drop
 * boilerplate, rename the source — then confirm (as a new source or a new version of one) or cancel.
 * Every fix-up is a pure core function on the draft.
 */
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { commitImport, type CommitResult } from '../../src/import/commit.ts';
import { dropPrinciple, mergePrinciples, renameDraft, splitPrinciple, type ImportDraft } from '../../src/import/draft.ts';
import { compareWithSource, suggestSource } from '../../src/import/match-source.ts';
import type { Organization } from '../../src/workspace/workspace.ts';
import { errorText } from '../i18n/error-text.ts';

interface Props {
  doc: Y.Doc;
  org: Organization;
  draft: ImportDraft;
  /** How many more files wait after this one. */
  queued: number;
  onDone(result: CommitResult | null): void;
  onError(message: string): void;
}

export function ImportPreview({ doc, org, draft: initial, queued, onDone, onError }: Props): ReactNode {
  const { t } = useTranslation(['sources', 'common']);
  const [history, setHistory] = useState<ImportDraft[]>([initial]);
  const draft = history[history.length - 1] ?? initial;
  const [splitting, setSplitting] = useState<string | null>(null);
  const splitText = useRef<HTMLTextAreaElement>(null);
  const suggested = useMemo(() => suggestSource(doc, org.id, initial), [doc, org.id, initial]);
  const [asVersion, setAsVersion] = useState(suggested !== undefined);
  const comparison = suggested ? compareWithSource(suggested, draft) : null;

  const change = (fix: (d: ImportDraft) => ImportDraft): void => {
    try {
      setHistory((h) => [...h, fix(draft)]);
    } catch (error) {
      onError(errorText(error));
    }
  };

  const confirm = (): void => {
    try {
      onDone(commitImport(doc, org.id, draft, asVersion ? suggested?.id : undefined));
    } catch (error) {
      onError(errorText(error));
    }
  };

  return (
    <section className="import-preview" aria-label={t('preview.label')}>
      <header className="import-head">
        <h2>{t('preview.heading', { org: org.name })}</h2>
        <p className="muted">
          {draft.fileName} · {draft.format.toUpperCase()}
          {draft.encoding ? ` · ${draft.encoding}` : ''} · {t('preview.found', { count: draft.principles.length })}
          {queued > 0 ? ` · ${t('preview.moreFiles', { count: queued })}` : ''}
        </p>
        <label className="field">
          {t('preview.sourceTitle')}
          <input
            aria-label={t('preview.sourceTitle')}
            defaultValue={draft.title}
            key={history.length === 1 ? 'initial' : 'edited'}
            onBlur={(event) => {
              if (event.target.value !== draft.title) change((d) => renameDraft(d, event.target.value));
            }}
          />
        </label>
        {suggested && comparison && (
          <fieldset className="version-choice">
            <legend>{t('preview.newerVersion', { title: suggested.title })}</legend>
            <label>
              <input type="radio" name="as-version" checked={asVersion} onChange={() => setAsVersion(true)} />
              {t('preview.asVersion', { version: suggested.versions.length + 1, unchanged: comparison.unchanged, added: comparison.added, removed: comparison.removed })}
            </label>
            <label>
              <input type="radio" name="as-version" checked={!asVersion} onChange={() => setAsVersion(false)} />
              {t('preview.asSeparate')}
            </label>
          </fieldset>
        )}
        <div className="row">
          <button type="button" className="primary" onClick={confirm}>
            {t('preview.confirm', { count: draft.principles.length })}
          </button>
          <button type="button" onClick={() => onDone(null)}>
            {t('common:cancel')}
          </button>
          <button type="button" disabled={history.length === 1} onClick={() => setHistory((h) => h.slice(0, -1))}>
            {t('preview.undo')}
          </button>
        </div>
      </header>
      <ol className="principles" aria-label={t('preview.principles')}>
        {draft.principles.map((principle, index) => (
          <li key={principle.id} data-principle-id={principle.id}>
            <div className="principle-path">{[...principle.path, principle.label].filter(Boolean).join(' › ') || t('topLevel')}</div>
            {splitting === principle.id ? (
              <div className="split-box">
                <textarea ref={splitText} readOnly defaultValue={principle.text} aria-label={t('preview.splitPlace')} rows={4} />
                <div className="row">
                  <button
                    type="button"
                    onClick={() => {
                      const offset = splitText.current?.selectionStart ?? 0;
                      change((d) => splitPrinciple(d, principle.id, offset));
                      setSplitting(null);
                    }}
                  >
                    {t('preview.splitHere')}
                  </button>
                  <button type="button" onClick={() => setSplitting(null)}>
                    {t('preview.cancelSplit')}
                  </button>
                </div>
              </div>
            ) : (
              <p className="principle-text">{principle.text}</p>
            )}
            <div className="row principle-actions">
              <button type="button" className="small" onClick={() => setSplitting(principle.id)}>
                {t('preview.split')}
              </button>
              <button
                type="button"
                className="small"
                disabled={index === draft.principles.length - 1}
                onClick={() => {
                  const next = draft.principles[index + 1];
                  if (next) change((d) => mergePrinciples(d, principle.id, next.id));
                }}
              >
                {t('preview.merge')}
              </button>
              <button type="button" className="small" onClick={() => change((d) => dropPrinciple(d, principle.id))}>
                {t('preview.leaveOut')}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
