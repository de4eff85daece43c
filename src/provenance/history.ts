/**
 * A block's history: snapshots of its wording with who and when, kept in its provenance entry so they
 * travel with the Y.Doc. One author's edits within a minute of the start of their run are one snapshot —
 * their latest one is replaced and moves to the end, even when another delegate's snapshots came in
 * between (two delegates typing in one clause) — so a history holds at most one point per author per
 * minute of editing, not one per keystroke or per turn; any two points compare with `wordDiff`
 * (src/compare/word-diff.ts).
 */
import type * as Y from 'yjs';
import { entryArray, getEntry, PROVENANCE_ORIGIN, readSnapshot, type Author, type Snapshot } from './store.ts';

/** Edits by one author closer than this to the start of their snapshot are coalesced into it. */
export const COALESCE_MS = 60_000;

/** The author's latest snapshot in `history` and its index, if any. */
function latestOf(history: Y.Array<unknown>, author: Author): { index: number; snapshot: Snapshot } | undefined {
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const snapshot = readSnapshot(history.get(index));
    if (snapshot && snapshot.org === author.org && snapshot.delegate === author.delegate) return { index, snapshot };
  }
  return undefined;
}

/** Record the block's wording after `author`'s edit at `now`: a new snapshot, or the author's run updated. */
export function recordSnapshot(doc: Y.Doc, id: string, author: Author, text: string, now: Date): void {
  const history = entryArray(doc, id, 'history');
  if (!history) return;
  const last = history.length > 0 ? readSnapshot(history.get(history.length - 1)) : undefined;
  if (last && last.text === text) return;
  const at = now.toISOString();
  const own = latestOf(history, author);
  const run = own !== undefined && now.getTime() - Date.parse(own.snapshot.since) < COALESCE_MS ? own : undefined;
  const snapshot: Snapshot = { org: author.org, delegate: author.delegate, at, since: run ? run.snapshot.since : at, text };
  doc.transact(() => {
    if (run) history.delete(run.index, 1);
    history.push([snapshot]);
  }, PROVENANCE_ORIGIN);
}

export function readHistory(doc: Y.Doc, id: string): Snapshot[] {
  return getEntry(doc, id)?.history ?? [];
}
