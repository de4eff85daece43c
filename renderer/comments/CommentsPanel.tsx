/**
 * The comment threads of the clause the cursor is in, in the margin: start a thread on the clause or on the
 * words selected in it (the passage is then highlighted in the editor and quoted here, or said to be
 * deleted once its words are gone), reply, resolve and reopen.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Block } from '../../src/constitution/schema.ts';
import { addComment, addPassageComment, reply, resolveThread, threadsOf, type Comment, type Thread } from '../../src/provenance/comments.ts';
import { locatePassage } from '../../src/provenance/passage.ts';
import { useSelectedPassage, type PassageSelectionStore, type SelectedPassage } from './passage-selection.ts';
import type { Author } from '../../src/provenance/store.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import type { Notify } from '../notice.ts';
import { readableDate } from '../../src/local-dates.ts';
import { authorName } from '../provenance/names.ts';
import { useDocValue } from '../state/use-doc.ts';
import { errorText } from '../i18n/error-text.ts';
import { shownLanguage } from '../i18n/language-choice.ts';

interface Props {
  doc: Y.Doc;
  block: Block | undefined;
  author: Author;
  readOnly?: boolean;
  onNotice: Notify;
  /** The words selected in the editor, for a comment on them. */
  selection?: PassageSelectionStore | undefined;
}

function Composer({
  label,
  action,
  onSend,
  passage,
}: {
  label: string;
  action: string;
  onSend(text: string, passage: SelectedPassage | null): void;
  passage?: SelectedPassage | null;
}): ReactNode {
  const { t } = useTranslation('editor');
  const [text, setText] = useState('');
  const send = (on: SelectedPassage | null): void => {
    onSend(text, on);
    setText('');
  };
  return (
    <div className="comment-composer">
      {passage && (
        <p className="muted small-print" data-testid="selected-passage">
          <Trans t={t} i18nKey="comments.selected" values={{ quote: passage.quote }} components={{ q: <q /> }} />
        </p>
      )}
      <textarea rows={2} aria-label={label} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="row">
        <button type="button" className="small" disabled={text.trim() === ''} onClick={() => send(null)}>
          {action}
        </button>
        {passage && (
          <button type="button" className="small" disabled={text.trim() === ''} onClick={() => send(passage)}>
            {t('comments.onSelection')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The words a thread is about, as they read now, or a note that they were deleted. */
function PassageQuote({ doc, comment }: { doc: Y.Doc; comment: Comment }): ReactNode {
  const { t } = useTranslation('editor');
  const passage = comment.passage;
  const deleted = useDocValue(
    doc,
    useCallback((d: Y.Doc) => (passage ? locatePassage(d, comment.clause, passage.from, passage.to).deleted : false), [passage, comment.clause]),
  );
  if (!passage) return null;
  return (
    <p className="comment-passage" data-testid="comment-passage" data-deleted={deleted}>
      <q>{passage.quote}</q>
      {deleted && <span className="muted"> {t('comments.passageDeleted')}</span>}
    </p>
  );
}

const NO_STORE = { subscribe: () => () => undefined, get: () => null };

export function CommentsPanel({ doc, block, author, readOnly = false, onNotice, selection }: Props): ReactNode {
  const { t } = useTranslation('editor');
  const id = block?.id;
  const selected = useSelectedPassage(selection ?? NO_STORE);
  const threads = useDocValue(
    doc,
    useCallback((d: Y.Doc) => (id === undefined ? [] : threadsOf(d, id)), [id]),
  );
  const orgs = useDocValue(doc, listOrganizations);
  if (!block || id === undefined) return null;
  const guard = (action: () => void): void => {
    try {
      action();
    } catch (error) {
      onNotice('error', errorText(error));
    }
  };
  const open = threads.filter((t) => t.resolved === null);
  const resolved = threads.filter((t) => t.resolved !== null);
  const renderThread = (thread: Thread): ReactNode => (
    <li key={thread.root.id} className="comment-thread" data-testid="comment-thread" data-resolved={thread.resolved !== null}>
      <PassageQuote doc={doc} comment={thread.root} />
      {[thread.root, ...thread.replies].map((c) => (
        <div key={c.id} className="comment">
          <div className="comment-meta">
            <strong>{authorName(orgs, c)}</strong> <span className="muted">{readableDate(c.at, shownLanguage())}</span>
          </div>
          <p data-testid="comment-text">{c.text}</p>
        </div>
      ))}
      {!readOnly && thread.resolved === null && (
        <Composer label={t('comments.reply')} action={t('comments.reply')} onSend={(text) => guard(() => reply(doc, thread.root.id, text, author))} />
      )}
      {!readOnly && (
        <button type="button" className="small" onClick={() => guard(() => resolveThread(doc, thread.root.id, author, thread.resolved === null))}>
          {thread.resolved === null ? t('comments.resolve') : t('comments.reopen')}
        </button>
      )}
      {thread.resolved && (
        <p className="muted small-print">{t('comments.resolvedBy', { name: authorName(orgs, thread.resolved.by), when: readableDate(thread.resolved.at, shownLanguage()) })}</p>
      )}
    </li>
  );
  return (
    <section className="comments-panel" aria-label={t('comments.label')} data-testid="comments-panel">
      <h2>{t('comments.label')}</h2>
      {open.length === 0 && <p className="muted">{t('comments.none')}</p>}
      <ol className="comment-threads">{open.map(renderThread)}</ol>
      {!readOnly && (
        <Composer
          label={t('comments.newComment')}
          action={t('comments.comment')}
          passage={selected?.clause === id ? selected : null}
          onSend={(text, on) => guard(() => (on ? addPassageComment(doc, id, on.start, on.end, text, author) : addComment(doc, id, text, author)))}
        />
      )}
      {resolved.length > 0 && (
        <details>
          <summary>{t('comments.resolved', { count: resolved.length })}</summary>
          <ol className="comment-threads">{resolved.map(renderThread)}</ol>
        </details>
      )}
    </section>
  );
}
