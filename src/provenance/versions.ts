/**
 * Named versions of the draft ("Draft for the December meeting"): a snapshot of the blocks and of each
 * block's origins, with a name, an author and a date, kept in the `versions` root (one immutable record
 * per version, so concurrent saves both stay). Any two versions, or a version and the draft of today,
 * compare block by block: added, removed, changed (with a word diff) or unchanged, matched by block id.
 */
import type * as Y from 'yjs';
import { wordDiff, type DiffSpan } from '../compare/word-diff.ts';
import { isBlockType, isSubDepth, type Block } from '../constitution/schema.ts';
import { newId } from '../ids.ts';
import { ConcordError } from '../workspace/errors.ts';
import { ProvenanceIndex } from './resolve.ts';
import type { Author } from './store.ts';
import { plainEntries, plainEntry } from '../workspace/doc-shape.ts';

export const VERSIONS_ROOT = 'versions';

/** What a version holds: the blocks in order and, per block, the principles it was drawn from. */
export interface VersionContent {
  blocks: Block[];
  /** block id → principle ids of its origins. */
  origins: Record<string, string[]>;
}

export interface NamedVersion extends VersionContent {
  id: string;
  name: string;
  at: string;
  by: Author;
}

export function versionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(VERSIONS_ROOT);
}

/** The draft of today as a version's content. */
export function currentContent(doc: Y.Doc): VersionContent {
  const index = new ProvenanceIndex(doc);
  const origins: Record<string, string[]> = {};
  for (const block of index.blocks) {
    const list = index.of(block.id)?.origins.map((o) => o.principle) ?? [];
    if (list.length > 0) origins[block.id] = list;
  }
  return { blocks: index.blocks, origins };
}

type Fields<T> = Partial<Record<keyof T, unknown>>;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function readBlock(value: unknown): Block | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const b: Fields<Block> = value;
  if (typeof b.id !== 'string' || !isBlockType(b.type) || typeof b.text !== 'string') return undefined;
  // A sub-clause's depth, when it is one (a saved version is read like any peer's data).
  return b.type === 'clause' && isSubDepth(b.depth) ? { id: b.id, type: b.type, text: b.text, depth: b.depth } : { id: b.id, type: b.type, text: b.text };
}

function readOrigins(value: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [id, list] of Object.entries(value)) {
    if (Array.isArray(list)) out[id] = list.filter((p) => typeof p === 'string');
  }
  return out;
}

function readVersion(value: unknown): NamedVersion | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v: Fields<NamedVersion> = value;
  if (typeof v.id !== 'string' || !Array.isArray(v.blocks)) return undefined;
  const by: Fields<Author> = typeof v.by === 'object' && v.by !== null ? v.by : {};
  return {
    id: v.id,
    name: str(v.name),
    at: str(v.at),
    by: { org: str(by.org), delegate: str(by.delegate) },
    blocks: v.blocks.map(readBlock).filter((b): b is Block => b !== undefined),
    origins: readOrigins(v.origins),
  };
}

/** The named versions, oldest first. */
export function listVersions(doc: Y.Doc): NamedVersion[] {
  return plainEntries(doc, VERSIONS_ROOT)
    .map(([, value]) => readVersion(value))
    .filter((v): v is NamedVersion => v !== undefined)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

export function getVersion(doc: Y.Doc, id: string): NamedVersion | undefined {
  return readVersion(plainEntry(doc, VERSIONS_ROOT, id));
}

/** Save the draft of today under a name. */
export function saveVersion(doc: Y.Doc, name: string, by: Author, now: Date = new Date()): NamedVersion {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new ConcordError('version.no-name');
  if (clean.length > 200) throw new ConcordError('version.name-too-long');
  const version: NamedVersion = { id: newId('v_'), name: clean, at: now.toISOString(), by, ...currentContent(doc) };
  versionsMap(doc).set(version.id, version);
  return version;
}

export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface BlockChange {
  kind: ChangeKind;
  id: string;
  type: Block['type'];
  before: string;
  after: string;
  /** Word diff from before to after ('left' = removed words, 'right' = added words). */
  spans: DiffSpan[];
  originsBefore: string[];
  originsAfter: string[];
}

/**
 * Compare two contents block by block, in the order of the later one; a removed block stands after the
 * block that preceded it in the earlier one.
 */
export function compareContents(from: VersionContent, to: VersionContent): BlockChange[] {
  const old = new Map(from.blocks.map((b) => [b.id, b]));
  const kept = new Set(to.blocks.map((b) => b.id));
  // Removed blocks, grouped by the nearest earlier block that is still there ('' = at the start).
  const removedAfter = new Map<string, Block[]>();
  let anchor = '';
  for (const block of from.blocks) {
    if (kept.has(block.id)) anchor = block.id;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), block]);
  }
  const change = (before: Block | undefined, after: Block | undefined): BlockChange => {
    const a = before?.text ?? '';
    const b = after?.text ?? '';
    const same = before !== undefined && after !== undefined && a === b && before.type === after.type && before.depth === after.depth;
    const kind: ChangeKind = !before ? 'added' : !after ? 'removed' : same ? 'unchanged' : 'changed';
    const block = after ?? before;
    return {
      kind,
      id: block?.id ?? '',
      type: block?.type ?? 'clause',
      before: a,
      after: b,
      spans: kind === 'unchanged' ? [{ kind: 'shared', text: a }] : wordDiff(a, b).spans,
      originsBefore: before ? (from.origins[before.id] ?? []) : [],
      originsAfter: after ? (to.origins[after.id] ?? []) : [],
    };
  };
  const out: BlockChange[] = (removedAfter.get('') ?? []).map((b) => change(b, undefined));
  for (const block of to.blocks) {
    out.push(change(old.get(block.id), block));
    for (const gone of removedAfter.get(block.id) ?? []) out.push(change(gone, undefined));
  }
  return out;
}
