/**
 * Comments: a thread per clause, replies, resolving and reopening. The `comments` root holds one Y.Map per
 * comment (its id → clause, parent thread, author, time, text, resolution), so two delegates commenting on
 * the same clause at once never overwrite each other, and resolving is a field of its own. A thread may be
 * about a passage of its clause: its first comment then also holds the passage's anchors and words
 * (`from`, `to`, `quote`: see passage.ts).
 */
import * as Y from 'yjs';
import { newId } from '../ids.ts';
import { ConcordError } from '../workspace/errors.ts';
import type { Author } from './store.ts';
import { recordEntries, recordEntry } from '../workspace/doc-shape.ts';
import { anchorPassage, type PassageAnchor } from './passage.ts';

export const COMMENTS_ROOT = 'comments';

export interface Comment extends Author {
  id: string;
  clause: string;
  /** The thread's first comment for a reply; '' for the first comment itself. */
  parent: string;
  at: string;
  text: string;
  /** The passage of the clause a thread is about (its first comment only; none for the whole clause). */
  passage?: PassageAnchor;
}

export interface Thread {
  root: Comment;
  replies: Comment[];
  resolved: { by: Author; at: string } | null;
}

export function commentsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(COMMENTS_ROOT);
}

const str = (map: Y.Map<unknown>, key: string): string => {
  const value = map.get(key);
  return typeof value === 'string' ? value : '';
};

function readComment(map: Y.Map<unknown>): Comment {
  const comment: Comment = {
    id: str(map, 'id'),
    clause: str(map, 'clause'),
    parent: str(map, 'parent'),
    org: str(map, 'org'),
    delegate: str(map, 'delegate'),
    at: str(map, 'at'),
    text: str(map, 'text'),
  };
  const from = map.get('from');
  const to = map.get('to');
  // Anchors a peer damaged still mark a comment on a passage: one that cannot be found (passage.ts).
  if (map.has('from') || map.has('to')) {
    comment.passage = { from: from instanceof Uint8Array ? from : new Uint8Array(), to: to instanceof Uint8Array ? to : new Uint8Array(), quote: str(map, 'quote') };
  }
  return comment;
}

function cleanText(text: string): string {
  const clean = text.trim();
  if (clean === '') throw new ConcordError('comment.empty');
  if (clean.length > 10_000) throw new ConcordError('comment.too-long');
  return clean;
}

function store(doc: Y.Doc, comment: Comment): Comment {
  const map = new Y.Map<unknown>();
  const { passage, ...fields } = comment;
  for (const [key, value] of Object.entries({ ...fields, ...passage })) map.set(key, value);
  commentsMap(doc).set(comment.id, map);
  return comment;
}

/** Start a thread on a clause. */
export function addComment(doc: Y.Doc, clause: string, text: string, by: Author, now: Date = new Date()): Comment {
  return store(doc, { id: newId('m_'), clause, parent: '', ...by, at: now.toISOString(), text: cleanText(text) });
}

/** Start a thread on the passage [start, end) of a clause's text (offsets as in passage.ts). */
export function addPassageComment(doc: Y.Doc, clause: string, start: number, end: number, text: string, by: Author, now: Date = new Date()): Comment {
  const passage = anchorPassage(doc, clause, start, end);
  if (!passage) throw new ConcordError('comment.no-passage');
  return store(doc, { id: newId('m_'), clause, parent: '', ...by, at: now.toISOString(), text: cleanText(text), passage });
}

function threadRoot(doc: Y.Doc, threadId: string): Y.Map<unknown> {
  const map = recordEntry(doc, 'comments', threadId);
  if (!map || str(map, 'parent') !== '') throw new ConcordError('comment.unknown', { threadId });
  return map;
}

export function reply(doc: Y.Doc, threadId: string, text: string, by: Author, now: Date = new Date()): Comment {
  const root = readComment(threadRoot(doc, threadId));
  return store(doc, { id: newId('m_'), clause: root.clause, parent: root.id, ...by, at: now.toISOString(), text: cleanText(text) });
}

/** Resolve a thread, or reopen it (`resolved` false). */
export function resolveThread(doc: Y.Doc, threadId: string, by: Author, resolved = true, now: Date = new Date()): void {
  const root = threadRoot(doc, threadId);
  root.set('resolved', resolved ? { org: by.org, delegate: by.delegate, at: now.toISOString() } : null);
}

function readResolution(map: Y.Map<unknown>): Thread['resolved'] {
  const value = map.get('resolved');
  if (typeof value !== 'object' || value === null) return null;
  const r: Partial<Record<'org' | 'delegate' | 'at', unknown>> = value;
  const s = (v: unknown): string => (typeof v === 'string' ? v : '');
  return { by: { org: s(r.org), delegate: s(r.delegate) }, at: s(r.at) };
}

/** Every thread, grouped by clause id, oldest first (replies oldest first). */
export function threadsByClause(doc: Y.Doc): Map<string, Thread[]> {
  const roots = new Map<string, Thread>();
  const replies: Comment[] = [];
  for (const [, map] of recordEntries(doc, 'comments')) {
    const comment = readComment(map);
    if (comment.parent === '') roots.set(comment.id, { root: comment, replies: [], resolved: readResolution(map) });
    else replies.push(comment);
  }
  const byTime = (a: Comment, b: Comment): number => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);
  for (const r of replies.sort(byTime)) roots.get(r.parent)?.replies.push(r);
  const out = new Map<string, Thread[]>();
  for (const thread of [...roots.values()].sort((a, b) => byTime(a.root, b.root))) {
    out.set(thread.root.clause, [...(out.get(thread.root.clause) ?? []), thread]);
  }
  return out;
}

export function threadsOf(doc: Y.Doc, clause: string): Thread[] {
  return threadsByClause(doc).get(clause) ?? [];
}
