/**
 * The `suggestions` root: one record (a Y.Map) per suggestion, keyed by its id — which clause, who proposed
 * it and when, and whether it is still open or was accepted or rejected (by whom, when). The words proposed
 * are marks in the clause's text (marks.ts); the record says who stands behind them. Records are never
 * deleted, so a decided suggestion stays on file. Each delegate has at most one open suggestion per clause:
 * their further changes to it join that one.
 */
import * as Y from 'yjs';
import { newId } from '../ids.ts';
import type { Author } from '../provenance/store.ts';
import { recordEntries, recordEntry } from '../workspace/doc-shape.ts';

export const SUGGESTIONS_ROOT = 'suggestions';

type SuggestionStatus = 'open' | 'accepted' | 'rejected';

export interface SuggestionRecord extends Author {
  id: string;
  clause: string;
  /** When it was first proposed (ISO). */
  at: string;
  status: SuggestionStatus;
  /** Who accepted or rejected it, and when (undefined while open). */
  decided?: { by: Author; at: string };
}

const STATUSES: readonly string[] = ['open', 'accepted', 'rejected'];

function isStatus(value: unknown): value is SuggestionStatus {
  return typeof value === 'string' && STATUSES.includes(value);
}

const str = (map: Y.Map<unknown>, key: string): string => {
  const value = map.get(key);
  return typeof value === 'string' ? value : '';
};

function readRecord(id: string, map: Y.Map<unknown>): SuggestionRecord {
  const status = map.get('status');
  const record: SuggestionRecord = {
    id,
    clause: str(map, 'clause'),
    org: str(map, 'org'),
    delegate: str(map, 'delegate'),
    at: str(map, 'at'),
    status: isStatus(status) ? status : 'open',
  };
  if (record.status !== 'open') record.decided = { by: { org: str(map, 'byOrg'), delegate: str(map, 'byDelegate') }, at: str(map, 'decidedAt') };
  return record;
}

/** One suggestion's record, if there is a sound one. */
export function readSuggestion(doc: Y.Doc, id: string): SuggestionRecord | undefined {
  const map = recordEntry(doc, SUGGESTIONS_ROOT, id);
  return map && readRecord(id, map);
}

/** Every suggestion on file. */
export function readSuggestions(doc: Y.Doc): SuggestionRecord[] {
  return recordEntries(doc, SUGGESTIONS_ROOT).map(([id, map]) => readRecord(id, map));
}

/** The open suggestion `by` has on `clause`, or a new one (recorded now). */
export function openSuggestionFor(doc: Y.Doc, clause: string, by: Author, now: Date): string {
  for (const s of readSuggestions(doc)) if (s.status === 'open' && s.clause === clause && s.org === by.org && s.delegate === by.delegate) return s.id;
  const id = newId('s_');
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    doc.getMap(SUGGESTIONS_ROOT).set(id, map);
    for (const [key, value] of Object.entries({ id, clause, org: by.org, delegate: by.delegate, at: now.toISOString(), status: 'open' })) map.set(key, value);
  });
  return id;
}

/** Record that a suggestion was accepted or rejected. */
export function recordDecision(doc: Y.Doc, id: string, status: 'accepted' | 'rejected', by: Author, now: Date): void {
  const map = recordEntry(doc, SUGGESTIONS_ROOT, id);
  if (!map) return;
  doc.transact(() => {
    map.set('status', status);
    map.set('byOrg', by.org);
    map.set('byDelegate', by.delegate);
    map.set('decidedAt', now.toISOString());
  });
}
