/**
 * A block's history: snapshots of its wording with who and when, kept in its provenance entry so they
 * travel with the Y.Doc. One author's edits within a minute are one snapshot (the last one is replaced),
 * so a history costs one short text per author per minute of editing, not one per keystroke; any two
 * points compare with `wordDiff` (src/compare/word-diff.ts).
 */
import type * as Y from 'yjs';
import { entryArray, getEntry, PROVENANCE_ORIGIN, readSnapshot, type Author, type Snapshot } from './store.ts';

/** Edits by one author closer than this to the start of their snapshot are coalesced into it. */
export const COALESCE_MS = 60_000;

/** Record the block's wording after `author`'s edit at `now`: a new snapshot, or the author's last one updated. */
export function recordSnapshot(doc: Y.Doc, id: string, author: Author, text: string, now: Date): void {
  const history = entryArray(doc, id, 'history');
  if (!history) return;
  const lastIndex = history.length - 1;
  const last = lastIndex >= 0 ? readSnapshot(history.get(lastIndex)) : undefined;
  if (last && last.text === text) return;
  const at = now.toISOString();
  const sameRun = last !== undefined && last.org === author.org && last.delegate === author.delegate && now.getTime() - Date.parse(last.since) < COALESCE_MS;
  const snapshot: Snapshot = { org: author.org, delegate: author.delegate, at, since: sameRun ? last.since : at, text };
  doc.transact(() => {
    if (sameRun) history.delete(lastIndex, 1);
    history.push([snapshot]);
  }, PROVENANCE_ORIGIN);
}

export function readHistory(doc: Y.Doc, id: string): Snapshot[] {
  return getEntry(doc, id)?.history ?? [];
}
