/**
 * Reading the workspace's Y.Doc safely. Any peer, or any `.concord` file, can put a well-formed value of the
 * wrong type anywhere (`orgs["x"] = "x"`) or nest the constitution's blocks ten thousand deep. This module
 * holds one schema per root (the table in workspace.ts) and is the only way readers reach the entries of
 * a root: what does not fit its schema is skipped and reported, never handed on. It never recurses on a
 * depth a peer controls: the shapes it accepts are at most three levels deep (root → entry → list of plain
 * values) and anything deeper is rejected by looking one level down, not by walking it.
 */
import * as z from 'zod';
import * as Y from 'yjs';
import { isBlockType, isSubDepth, type Block } from '../constitution/schema.ts';
import { isSuggestedInsertion, soundMarks } from '../suggest/marks.ts';

/** Something found in the document that does not fit its root's schema, and so was left out. */
export interface Skipped {
  root: string;
  /** The entry's key (map roots), its position (list roots) or its block number (the constitution). */
  key: string;
  /** The damaged field of an entry that is otherwise sound (its other fields are still read). */
  field?: string;
  problem: string;
}

/** Whether a value is plain (JSON), not a shared Yjs type. */
const isPlain = (value: unknown): boolean => !(value instanceof Y.AbstractType);
/** Whether a value is a Y.Array holding only plain values. */
const isPlainList = (value: unknown): boolean => value instanceof Y.Array && value.toArray().every(isPlain);

/** A plain value (JSON), not a shared Yjs type. */
const plain = z.custom<unknown>(isPlain, 'a shared structure where plain data belongs');
const text = z.string({ message: 'it is not text' });

/**
 * A Y.Map entry whose fields are plain values, except `lists` (which, when present, are Y.Arrays of plain
 * values). With `lists: 'any'`, any field may be such a list (for roots whose fields are still changing).
 */
function record(noun: string, lists: readonly string[] | 'any') {
  return z.instanceof(Y.Map, { message: `it is not ${noun}` }).superRefine((map, ctx) => {
    // The predicates themselves, not a schema each: one parse per entry, however many fields it has.
    map.forEach((value, field) => {
      const listField = lists === 'any' ? value instanceof Y.Array : lists.includes(field);
      const ok = listField ? isPlainList(value) : isPlain(value);
      if (!ok) ctx.addIssue({ code: 'custom', path: [field], message: `its field "${field}" has the wrong type` });
    });
  });
}

/** A suggestion's record (src/suggest/store.ts): its fields exactly, each of its type; nothing else. */
const suggestionFields = z.strictObject({
  id: z.string().regex(/^s_[0-9a-z]{16}$/),
  clause: z.string().max(200),
  org: z.string().max(200),
  delegate: z.string().max(500),
  at: z.string().max(40),
  status: z.enum(['open', 'accepted', 'rejected']),
  byOrg: z.string().max(200).optional(),
  byDelegate: z.string().max(500).optional(),
  decidedAt: z.string().max(40).optional(),
});
const suggestionRecord = z
  .instanceof(Y.Map, { message: 'it is not a suggestion' })
  .refine((map) => suggestionFields.safeParse(Object.fromEntries(map.entries())).success, 'it is not a well-formed suggestion');

const mapRoots = {
  meta: plain,
  orgs: record('an organization', []),
  sources: record('an imported document', ['versions']),
  provenance: record('a clause’s origins', ['origins', 'absorbed', 'history']),
  motions: record('a motion', 'any'),
  comments: record('a comment', []),
  suggestions: suggestionRecord,
  chapters: record('a chapter', []),
  versions: plain,
  /** Topic tags corrected by delegates; each is checked where it is read (src/compare/topic-corrections.ts). */
  topics: record('a topic correction', []),
  /** Translations of blocks; each is checked where it is read (src/translations/store.ts). */
  translations: record('a translation', []),
} as const;

const listRoots = {
  roster: plain,
  /** Signed statements, appended only; each is checked where it is read (src/ratify). */
  statements: text,
} as const;

export type MapRoot = keyof typeof mapRoots;
export type RecordRoot = Exclude<MapRoot, 'meta' | 'versions'>;
export type ListRoot = keyof typeof listRoots;

export const CONSTITUTION = 'constitution';
/** The signed statements' root (src/ratify/statement-log.ts): workspace documents keep its deleted content (src/workspace/doc.ts). */
export const STATEMENTS_ROOT: ListRoot = 'statements';
export const MAP_ROOTS = Object.keys(mapRoots);
export const LIST_ROOTS = Object.keys(listRoots);

/** What each root is called in messages to delegates. */
/** The roots a damaged part is named by, in the catalog's `damaged.roots`. */
const NAMED_ROOTS = [
  'meta',
  'orgs',
  'sources',
  'provenance',
  'motions',
  'comments',
  'suggestions',
  'chapters',
  'versions',
  'topics',
  'translations',
  'roster',
  'statements',
  'constitution',
] as const;
type NamedRoot = (typeof NAMED_ROOTS)[number];
const isNamedRoot = (root: string): root is NamedRoot => NAMED_ROOTS.some((named) => named === root);

/** The schema of one entry of a known map or list root (undefined for the constitution and unknown roots). */
export function entrySchemaOf(root: string): z.ZodType | undefined {
  if (isMapRoot(root)) return mapRoots[root];
  if (root === 'roster' || root === 'statements') return listRoots[root];
  return undefined;
}

/** Give every known root its type in `doc` (a document filled from updates alone knows only their names). */
export function defineRoots(doc: Y.Doc): void {
  for (const root of MAP_ROOTS) doc.getMap(root);
  for (const root of LIST_ROOTS) doc.getArray(root);
  doc.get(CONSTITUTION, Y.XmlText);
}

function isMapRoot(root: string): root is MapRoot {
  return root in mapRoots;
}

function problemOf(result: { error?: z.ZodError }): string {
  return result.error?.issues[0]?.message ?? 'it has the wrong type';
}

/**
 * The entries of a map root that are records (Y.Maps); others are left out. A record with a damaged field
 * is still handed on: readers take each field only when it has the type they expect.
 */
export function recordEntries(doc: Y.Doc, root: RecordRoot): Array<[string, Y.Map<unknown>]> {
  const out: Array<[string, Y.Map<unknown>]> = [];
  for (const [key, value] of doc.getMap(root).entries()) if (value instanceof Y.Map) out.push([key, value]);
  return out;
}

/** One entry of a map root, if it is there and is a record. */
export function recordEntry(doc: Y.Doc, root: RecordRoot, key: string): Y.Map<unknown> | undefined {
  const value = doc.getMap(root).get(key);
  return value instanceof Y.Map ? value : undefined;
}

/** The plain values of a map root whose entries are plain data (meta, versions). */
export function plainEntries(doc: Y.Doc, root: 'meta' | 'versions'): Array<[string, unknown]> {
  return [...doc.getMap(root).entries()].filter(([, value]) => plain.safeParse(value).success);
}

/** One plain value of `meta` or `versions` (undefined when absent or of a shared type). */
export function plainEntry(doc: Y.Doc, root: 'meta' | 'versions', key: string): unknown {
  const value = doc.getMap(root).get(key);
  return plain.safeParse(value).success ? value : undefined;
}

/** The constitution's blocks read flat, and what did not fit a flat list of blocks of text. */
export interface ConstitutionReading {
  blocks: Block[];
  skipped: Skipped[];
}

/**
 * What is wrong with a block's `depth` attribute, or null: absent is sound; present, it must be a
 * sub-clause's depth (1 or 2) on a clause. A peer can write any value there (10000, -1, "deep").
 */
export function depthProblem(type: unknown, depth: unknown): string | null {
  if (depth === undefined) return null;
  if (!isSubDepth(depth)) return 'a sub-clause depth that is not 1 or 2';
  return type === 'clause' ? null : 'a sub-clause depth on a block that is not a clause';
}

/**
 * Read the constitution as the flat list of blocks it must be, without recursion: each top-level embed
 * must be a Y.XmlText with a block type and an id, holding only text. A block holding anything else
 * (nested blocks, however deep) is read without it; anything else at the top level is skipped. A clause's
 * `depth` is read only when it is a sub-clause's (1 or 2); any other value is reported and left out.
 */
export function readConstitution(doc: Y.Doc): ConstitutionReading {
  const blocks: Block[] = [];
  const skipped: Skipped[] = [];
  const skip = (position: number, problem: string): void => {
    skipped.push({ root: CONSTITUTION, key: String(position + 1), problem });
  };
  const ops: Array<{ insert?: unknown }> = doc.get(CONSTITUTION, Y.XmlText).toDelta();
  ops.forEach((op, position) => {
    const block = op.insert;
    if (!(block instanceof Y.XmlText)) return skip(position, 'text outside any block');
    const type: unknown = block.getAttribute('type');
    const id: unknown = block.getAttribute('id');
    if (!isBlockType(type) || typeof id !== 'string') return skip(position, 'a block of no known kind');
    let text = '';
    let nested = 0;
    let badMarks = 0;
    const parts: Array<{ insert?: unknown; attributes?: unknown }> = block.toDelta();
    for (const part of parts) {
      if (typeof part.insert !== 'string') {
        nested += 1;
        continue;
      }
      // Words a suggestion adds are not (yet) the clause's wording (src/suggest/marks.ts); damaged marks are read as none.
      if (!soundMarks(part.attributes)) badMarks += 1;
      else if (isSuggestedInsertion(part.attributes)) continue;
      text += part.insert;
    }
    if (nested > 0) skip(position, `${nested === 1 ? 'a block' : `${nested} blocks`} nested inside it`);
    if (badMarks > 0) skip(position, 'marks that are not suggestions');
    const depth: unknown = block.getAttribute('depth');
    const problem = depthProblem(type, depth);
    if (problem !== null) skip(position, problem);
    blocks.push(problem === null && isSubDepth(depth) ? { id, type, text, depth } : { id, type, text });
  });
  return { blocks, skipped };
}

/** Whether the constitution is the flat list of text blocks that the editor can bind to. */
export function constitutionIsFlat(doc: Y.Doc): boolean {
  return readConstitution(doc).skipped.length === 0;
}

/** Everything in the document that does not fit its root's schema (empty for a sound workspace). */
export function inspectWorkspace(doc: Y.Doc): Skipped[] {
  const skipped: Skipped[] = [];
  for (const root of MAP_ROOTS) {
    if (!isMapRoot(root)) continue;
    const map = doc.getMap(root);
    map.forEach((value, key) => {
      const result = mapRoots[root].safeParse(value);
      if (result.success) return;
      if (!(value instanceof Y.Map) || root === 'meta' || root === 'versions') skipped.push({ root, key, problem: problemOf(result) });
      else {
        for (const issue of result.error.issues) {
          const field = issue.path[0];
          skipped.push(field === undefined ? { root, key, problem: issue.message } : { root, key, field: String(field), problem: issue.message });
        }
      }
    });
    if (listLength(map) > 0) skipped.push({ root, key: '(list)', problem: 'list items in a map' });
  }
  for (const root of LIST_ROOTS) {
    const schema = root === 'statements' ? listRoots.statements : listRoots.roster;
    doc.getArray(root).forEach((value, index) => {
      const result = schema.safeParse(value);
      if (!result.success) skipped.push({ root, key: String(index + 1), problem: problemOf(result) });
    });
  }
  skipped.push(...readConstitution(doc).skipped);
  return skipped;
}

/** Undeleted list items hanging under a map root (a map ignores them; a sound workspace has none). */
function listLength(map: Y.Map<unknown>): number {
  let count = 0;
  for (let item = map._start; item !== null; item = item.right) if (!item.deleted) count += 1;
  return count;
}

/**
 * The words a skipped part is described in: i18next's `t` of the `core` namespace, or its English read
 * without i18next (src/i18n/core-english.ts, for an error's parameters).
 */
export interface DamageWords {
  (key: `damaged.roots.${NamedRoot}`): string;
  (key: 'damaged.block' | 'damaged.field' | 'damaged.entry', params: { key: string; problem: string; where: string }): string;
  (key: 'damaged.more', params: { count: number }): string;
}

/** One skipped part in words a delegate understands, in t's language (the problem itself is the checker's, in English). */
export function describeSkipped(skipped: Skipped, t: DamageWords): string {
  const params = { key: skipped.key, problem: skipped.problem, where: isNamedRoot(skipped.root) ? t(`damaged.roots.${skipped.root}`) : skipped.root };
  if (skipped.root === CONSTITUTION) return t('damaged.block', params);
  return t(skipped.field !== undefined ? 'damaged.field' : 'damaged.entry', params);
}

/** A short summary of what was skipped, e.g. for a notice or a CLI warning. */
export function describeAllSkipped(skipped: readonly Skipped[], t: DamageWords, limit = 5): string {
  const lines = skipped.slice(0, limit).map((part) => describeSkipped(part, t));
  if (skipped.length > limit) lines.push(t('damaged.more', { count: skipped.length - limit }));
  return lines.join('\n');
}
