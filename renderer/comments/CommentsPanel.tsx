/** The comment threads of the clause the cursor is in, in the margin: start a thread, reply, resolve and reopen. */
import { useCallback, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import type { Block } from '../../src/constitution/schema.ts';
import { addComment, reply, resolveThread, threadsOf, type Thread } from '../../src/provenance/comments.ts';
import type { Author } from '../../src/provenance/store.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import type { Notify } from '../notice.ts';
import { localDateTime as when } from '../../src/local-dates.ts';
import { authorName } from '../provenance/names.ts';
import { useDocValue } from '../state/use-doc.ts';

interface Props {
  doc: Y.Doc;
  block: Block | undefined;
  author: Author;
  readOnly?: boolean;
  onNotice: Notify;
}

function Composer({ label, action, onSend }: { label: string; action: string; onSend(text: string): void }): ReactNode {
  const [text, setText] = useState('');
  return (
    <div className="comment-composer">
      <textarea rows={2} aria-label={label} value={text} onChange={(e) => setText(e.target.value)} />
      <button
        type="button"
        className="small"
        disabled={text.trim() === ''}
        onClick={() => {
          onSend(text);
          setText('');
        }}
      >
        {action}
      </button>
    </div>
  );
}

export function CommentsPanel({ doc, block, author, readOnly = false, onNotice }: Props): ReactNode {
  const id = block?.id;
  const threads = useDocValue(doc, useCallback((d: Y.Doc) => (id === undefined ? [] : threadsOf(d, id)), [id]));
  const orgs = useDocValue(doc, listOrganizations);
  if (!block || id === undefined) return null;
  const guard = (action: () => void): void => {
    try {
      action();
    } catch (error) {
      onNotice('error', error instanceof Error ? error.message : String(error));
    }
  };
  const open = threads.filter((t) => t.resolved === null);
  const resolved = threads.filter((t) => t.resolved !== null);
  const renderThread = (thread: Thread): ReactNode => (
    <li key={thread.root.id} className="comment-thread" data-testid="comment-thread" data-resolved={thread.resolved !== null}>
      {[thread.root, ...thread.replies].map((c) => (
        <div key={c.id} className="comment">
          <div className="comment-meta">
            <strong>{authorName(orgs, c)}</strong> <span className="muted">{when(c.at)}</span>
          </div>
          <p data-testid="comment-text">{c.text}</p>
        </div>
      ))}
      {!readOnly && thread.resolved === null && <Composer label="Reply" action="Reply" onSend={(text) => guard(() => reply(doc, thread.root.id, text, author))} />}
      {!readOnly && (
        <button type="button" className="small" onClick={() => guard(() => resolveThread(doc, thread.root.id, author, thread.resolved === null))}>
          {thread.resolved === null ? 'Resolve' : 'Reopen'}
        </button>
      )}
      {thread.resolved && <p className="muted small-print">Resolved by {authorName(orgs, thread.resolved.by)}, {when(thread.resolved.at)}</p>}
    </li>
  );
  return (
    <section className="comments-panel" aria-label="Comments" data-testid="comments-panel">
      <h2>Comments</h2>
      {open.length === 0 && <p className="muted">No open comments on this block.</p>}
      <ol className="comment-threads">{open.map(renderThread)}</ol>
      {!readOnly && <Composer label="New comment on this block" action="Comment" onSend={(text) => guard(() => addComment(doc, id, text, author))} />}
      {resolved.length > 0 && (
        <details>
          <summary>{resolved.length} resolved</summary>
          <ol className="comment-threads">{resolved.map(renderThread)}</ol>
        </details>
      )}
    </section>
  );
}
