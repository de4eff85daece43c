/**
 * The `provenance` root of the workspace: one Y.Map per block id, written by the replica that created the
 * block (so two replicas never create the same entry), never deleted (undo may bring a block back).
 *
 * | key       | value                | holds                                                            |
 * | --------- | -------------------- | ---------------------------------------------------------------- |
 * | created   | CreatedBy (plain)    | how the block came to be (drafted, adopted, merged, split, copied), when, by whom |
 * | draftedBy | string               | the organization that wrote it from scratch ('' when adopted or unknown) |
 * | origins   | Y.Array<Origin>      | the principles it was drawn from (appended, so concurrent adds both stay) |
 * | absorbed  | Y.Array<string>      | ids of blocks merged into it: their origins count while they are out of the document |
 * | history   | Y.Array<Snapshot>    | its wording over time, one snapshot per author per minute (see history.ts) |
 */
import * as Y from 'yjs';
import type { Actor } from '../workspace/actor.ts';
import { recordEntry } from '../workspace/doc-shape.ts';

export const PROVENANCE_ROOT = 'provenance';
/** The Yjs transaction origin of provenance writes (never undone by the editor's undo manager). */
export const PROVENANCE_ORIGIN = 'concord-provenance';

/** Who did something: an organization id and a delegate's name ('' when unknown). */
export interface Author {
  org: string;
  delegate: string;
}

export const NOBODY: Author = { org: '', delegate: '' };

export function authorOf(actor: Actor | null | undefined): Author {
  return actor ? { org: actor.org, delegate: actor.delegate } : NOBODY;
}

/** A principle a block was drawn from, as it was when adopted. */
export interface Origin {
  principle: string;
  org: string;
  source: string;
  /** The source's version the principle was read from. */
  version: number;
  /** The principle's text as imported (never changes afterwards). */
  text: string;
  path: string[];
  adoptedAt: string;
  adoptedBy: Author;
}

export const CREATED_HOW = ['drafted', 'adopted', 'merged', 'split', 'copied', 'unknown'] as const;
export type CreatedHow = (typeof CREATED_HOW)[number];

export interface CreatedBy extends Author {
  how: CreatedHow;
  at: string;
  /** For a split half or a copy: the block it came from. */
  from: string;
}

/** One point of a block's history: its wording after an author's edits. */
export interface Snapshot extends Author {
  /** When this snapshot was last updated. */
  at: string;
  /** When this author's run of edits began (snapshots are coalesced per author per minute). */
  since: string;
  text: string;
}

/** A block's provenance entry as stored (its own origins; see resolve.ts for merged-in ones). */
export interface StoredEntry {
  id: string;
  created: CreatedBy;
  draftedBy: string;
  origins: Origin[];
  absorbed: string[];
  history: Snapshot[];
}

export function provenanceMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(PROVENANCE_ROOT);
}

type Fields<T> = Partial<Record<keyof T, unknown>>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function readAuthor(value: unknown): Author {
  if (typeof value !== 'object' || value === null) return NOBODY;
  const a: Fields<Author> = value;
  return { org: text(a.org), delegate: text(a.delegate) };
}

function isCreatedHow(value: unknown): value is CreatedHow {
  return typeof value === 'string' && (CREATED_HOW as readonly string[]).includes(value);
}

function readCreated(value: unknown): CreatedBy {
  const c: Fields<CreatedBy> = typeof value === 'object' && value !== null ? value : {};
  return { ...readAuthor(value), how: isCreatedHow(c.how) ? c.how : 'unknown', at: text(c.at), from: text(c.from) };
}

export function readOrigin(value: unknown): Origin | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const o: Fields<Origin> = value;
  if (typeof o.principle !== 'string' || typeof o.text !== 'string') return undefined;
  return {
    principle: o.principle,
    org: text(o.org),
    source: text(o.source),
    version: typeof o.version === 'number' ? o.version : 0,
    text: o.text,
    path: Array.isArray(o.path) ? o.path.filter((s) => typeof s === 'string') : [],
    adoptedAt: text(o.adoptedAt),
    adoptedBy: readAuthor(o.adoptedBy),
  };
}

export function readSnapshot(value: unknown): Snapshot | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const s: Fields<Snapshot> = value;
  if (typeof s.text !== 'string') return undefined;
  return { ...readAuthor(value), at: text(s.at), since: text(s.since) || text(s.at), text: s.text };
}

function arrayOf(map: Y.Map<unknown>, key: string): unknown[] {
  const value = map.get(key);
  return value instanceof Y.Array ? value.toArray() : [];
}

/** Read a stored entry; `history` false leaves its history out (empty), for lookups that show none. */
export function readEntry(map: Y.Map<unknown>, id: string, history = true): StoredEntry {
  return {
    id,
    created: readCreated(map.get('created')),
    draftedBy: text(map.get('draftedBy')),
    origins: arrayOf(map, 'origins')
      .map(readOrigin)
      .filter((o): o is Origin => o !== undefined),
    absorbed: arrayOf(map, 'absorbed').filter((a): a is string => typeof a === 'string'),
    history: (history ? arrayOf(map, 'history') : []).map(readSnapshot).filter((s): s is Snapshot => s !== undefined),
  };
}

export function getEntry(doc: Y.Doc, id: string): StoredEntry | undefined {
  const map = recordEntry(doc, 'provenance', id);
  return map ? readEntry(map, id) : undefined;
}

/** The Y.Array under `key` of a block's entry (made with the entry, so it exists). */
export function entryArray(doc: Y.Doc, id: string, key: 'origins' | 'absorbed' | 'history'): Y.Array<unknown> | undefined {
  const value = recordEntry(doc, 'provenance', id)?.get(key);
  return value instanceof Y.Array ? value : undefined;
}

export interface NewEntry {
  created: CreatedBy;
  draftedBy: string;
  origins?: readonly Origin[];
}

/** Create a block's entry with its arrays, unless it has one already. Returns whether it was created. */
export function createEntry(doc: Y.Doc, id: string, entry: NewEntry): boolean {
  const root = provenanceMap(doc);
  if (root.has(id)) return false;
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('created', entry.created);
    map.set('draftedBy', entry.draftedBy);
    const origins = new Y.Array<unknown>();
    origins.push([...(entry.origins ?? [])]);
    map.set('origins', origins);
    map.set('absorbed', new Y.Array<unknown>());
    map.set('history', new Y.Array<unknown>());
    root.set(id, map);
  }, PROVENANCE_ORIGIN);
  return true;
}

/** Add origins to a block's entry (those of principles it already has are skipped). */
export function addOrigins(doc: Y.Doc, id: string, origins: readonly Origin[]): void {
  const array = entryArray(doc, id, 'origins');
  if (!array) return;
  const have = new Set(
    array
      .toArray()
      .map(readOrigin)
      .map((o) => o?.principle),
  );
  const fresh = origins.filter((o) => !have.has(o.principle));
  if (fresh.length > 0) doc.transact(() => array.push([...fresh]), PROVENANCE_ORIGIN);
}
