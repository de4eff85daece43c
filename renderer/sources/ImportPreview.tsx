/**
 * The preview of an import before anything enters the workspace: how the document was split into
 * principles, each with its heading path, and the fix-ups — split a principle, merge two, drop
 * boilerplate, rename the source — then confirm (as a new source or a new version of one) or cancel.
 * Every fix-up is a pure core function on the draft.
 */
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { commitImport, type CommitResult } from '../../src/import/commit.ts';
import { dropPrinciple, mergePrinciples, renameDraft, splitPrinciple, type ImportDraft } from '../../src/import/draft.ts';
import { compareWithSource, suggestSource } from '../../src/import/match-source.ts';
import type { Organization } from '../../src/workspace/workspace.ts';

interface Props {
  doc: Y.Doc;
  org: Organization;
  draft: ImportDraft;
  /** How many more files wait after this one. */
  queued: number;
  onDone(result: CommitResult | null): void;
  onError(message: string): void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ImportPreview({ doc, org, draft: initial, queued, onDone, onError }: Props): ReactNode {
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
      onError(message(error));
    }
  };

  const confirm = (): void => {
    try {
      onDone(commitImport(doc, org.id, draft, asVersion ? suggested?.id : undefined));
    } catch (error) {
      onError(message(error));
    }
  };

  return (
    <section className="import-preview" aria-label="Import preview">
      <header className="import-head">
        <h2>Import into {org.name}</h2>
        <p className="muted">
          {draft.fileName} · {draft.format.toUpperCase()}
          {draft.encoding ? ` · ${draft.encoding}` : ''} · {draft.principles.length} principles found
          {queued > 0 ? ` · ${queued} more file${queued === 1 ? '' : 's'} after this one` : ''}
        </p>
        <label className="field">
          Source title
          <input
            aria-label="Source title"
            defaultValue={draft.title}
            key={history.length === 1 ? 'initial' : 'edited'}
            onBlur={(event) => {
              if (event.target.value !== draft.title) change((d) => renameDraft(d, event.target.value));
            }}
          />
        </label>
        {suggested && comparison && (
          <fieldset className="version-choice">
            <legend>This looks like a newer version of “{suggested.title}”</legend>
            <label>
              <input type="radio" name="as-version" checked={asVersion} onChange={() => setAsVersion(true)} />
              Add as version {suggested.versions.length + 1}: {comparison.unchanged} unchanged (their links are kept), {comparison.added} new or changed, {comparison.removed} no
              longer there
            </label>
            <label>
              <input type="radio" name="as-version" checked={!asVersion} onChange={() => setAsVersion(false)} />
              Import as a separate source
            </label>
          </fieldset>
        )}
        <div className="row">
          <button type="button" className="primary" onClick={confirm}>
            Import {draft.principles.length} principles
          </button>
          <button type="button" onClick={() => onDone(null)}>
            Cancel
          </button>
          <button type="button" disabled={history.length === 1} onClick={() => setHistory((h) => h.slice(0, -1))}>
            Undo fix-up
          </button>
        </div>
      </header>
      <ol className="principles" aria-label="Principles found">
        {draft.principles.map((principle, index) => (
          <li key={principle.id} data-principle-id={principle.id}>
            <div className="principle-path">{[...principle.path, principle.label].filter(Boolean).join(' › ') || 'Top level'}</div>
            {splitting === principle.id ? (
              <div className="split-box">
                <textarea ref={splitText} readOnly defaultValue={principle.text} aria-label="Place the cursor where the principle should be split" rows={4} />
                <div className="row">
                  <button
                    type="button"
                    onClick={() => {
                      const offset = splitText.current?.selectionStart ?? 0;
                      change((d) => splitPrinciple(d, principle.id, offset));
                      setSplitting(null);
                    }}
                  >
                    Split at the cursor
                  </button>
                  <button type="button" onClick={() => setSplitting(null)}>
                    Cancel split
                  </button>
                </div>
              </div>
            ) : (
              <p className="principle-text">{principle.text}</p>
            )}
            <div className="row principle-actions">
              <button type="button" className="small" onClick={() => setSplitting(principle.id)}>
                Split…
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
                Merge with next
              </button>
              <button type="button" className="small" onClick={() => change((d) => dropPrinciple(d, principle.id))}>
                Leave out
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
