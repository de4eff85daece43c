/**
 * Checking a peer's Yjs update before it is stored or relayed. The update is applied to a copy of the
 * room's current document (kept beside it by an UpdateGate, so that checking costs one more application of
 * the update, not a copy of the document) and refused when it
 * - puts a value of the wrong type under one of the workspace's roots, or nests deeper than their schemas
 *   allow (workspace/doc-shape.ts; roots the workspace does not know are not checked), or gives a
 *   constitution block a sub-clause depth other than 1 or 2 on a clause,
 * - deletes anything from the append-only `statements` list, or writes keys into it,
 * - depends on changes nobody has (Yjs would keep them pending and put them into every sync reply), or
 * - comes from a peer that may not write.
 * Only what the update changed is looked at (one level down from each changed type), so a room that
 * already holds damage still takes honest updates elsewhere.
 */
import * as Y from 'yjs';
import { CONSTITUTION, defineRoots, depthProblem, entrySchemaOf, LIST_ROOTS } from '../workspace/doc-shape.ts';
import { dropPending, hasPending } from '../workspace/pending-structs.ts';
import { isBlockType } from '../constitution/schema.ts';
import { markProblem } from '../suggest/marks.ts';
import { newWorkspaceDoc } from '../workspace/doc.ts';

export const STATEMENTS = 'statements';

export type UpdateVerdict = { ok: true } | { ok: false; reason: string };

/** A shared type as Yjs hands it out (the type of `doc.share`'s values). */
type Shared = ReturnType<Y.Doc['get']>;

const accepted: UpdateVerdict = { ok: true };
const refused = (reason: string): UpdateVerdict => ({ ok: false, reason });
const missing = refused('it depends on changes nobody has');

/** How deep below its root a type is (0 for the root) and the root's name, or null past `limit`. */
function placeOf(type: Shared, roots: Map<Shared, string>, limit: number): { root: string; depth: number; entry: Shared } | null {
  let current = type;
  let entry = type;
  let depth = 0;
  while (current._item !== null) {
    const parent = current._item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    entry = current;
    current = parent;
    depth += 1;
    if (depth > limit) return null;
  }
  const root = roots.get(current);
  return root === undefined ? { root: '', depth, entry } : { root, depth, entry };
}

/** What is wrong with one constitution block (a Y.XmlText holding only text), or null. */
function blockProblem(value: unknown): string | null {
  if (!(value instanceof Y.XmlText)) return 'the constitution holds something that is not a block';
  if (!isBlockType(value.getAttribute('type')) || typeof value.getAttribute('id') !== 'string') return 'a constitution block has no kind or id';
  const depth = depthProblem(value.getAttribute('type'), value.getAttribute('depth'));
  if (depth !== null) return `a constitution block has ${depth}`;
  for (let item = value._start; item !== null; item = item.right) {
    if (item.deleted) continue;
    if (item.content instanceof Y.ContentType) return 'a constitution block holds nested blocks';
    if (item.content instanceof Y.ContentFormat) {
      const problem = markProblem(item.content.key, item.content.value);
      if (problem !== null) return problem;
    }
  }
  return null;
}

function constitutionProblem(root: Y.XmlText): string | null {
  for (let item = root._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const problem = blockProblem(item.content instanceof Y.ContentType ? item.content.type : item.content);
    if (problem !== null) return problem;
  }
  return null;
}

function entryProblem(root: string, key: string, value: unknown): string | null {
  const schema = entrySchemaOf(root);
  if (schema === undefined || value === undefined) return null;
  return schema.safeParse(value).success ? null : `"${key}" under ${root} has the wrong type`;
}

function changedProblem(doc: Y.Doc, type: Shared, keys: Set<string | null>, roots: Map<Shared, string>): string | null {
  const place = placeOf(type, roots, 2);
  if (place === null) return 'it nests deeper than the workspace allows';
  const { root, depth, entry } = place;
  if (root !== CONSTITUTION && entrySchemaOf(root) === undefined) return null;
  if (root === CONSTITUTION) {
    if (depth === 0) return type instanceof Y.XmlText ? constitutionProblem(type) : null;
    return depth === 1 ? blockProblem(type) : 'it nests blocks inside constitution blocks';
  }
  if (LIST_ROOTS.includes(root)) {
    if (depth > 0) return `it changes the inside of an entry of ${root}`;
    if (type._map.size > 0) return `it writes keys into the list ${root}`;
    const list = doc.getArray(root).toArray();
    const index = list.findIndex((value) => entryProblem(root, '', value) !== null);
    return index < 0 ? null : `entry ${index + 1} of ${root} has the wrong type`;
  }
  if (depth === 0) {
    if (keys.has(null)) return `it puts list items into the map ${root}`;
    const map = doc.getMap(root);
    for (const key of keys) {
      const problem = key === null ? null : entryProblem(root, key, map.get(key));
      if (problem !== null) return problem;
    }
    return null;
  }
  const key = entry._item?.parentSub ?? '';
  return entryProblem(root, key, entry);
}

/** Whether the transaction deleted anything whose parent is the append-only `statements` list. */
function deletesStatements(transaction: Y.Transaction, statements: Y.Array<unknown>): boolean {
  let found = false;
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (struct instanceof Y.Item && struct.parent === statements) found = true;
  });
  return found;
}

/** The room's document copied for trying updates on, without what it already holds pending. */
function trialCopy(room: Y.Doc): Y.Doc {
  const trial = newWorkspaceDoc();
  Y.applyUpdate(trial, Y.encodeStateAsUpdate(room));
  // What the room already has waiting (from before these checks) is not a new update's fault.
  dropPending(trial);
  defineRoots(trial);
  return trial;
}

/**
 * Whether `update` plainly continues history `doc` does not have: structs of a client starting past the
 * clock `doc` has of it, or deletions past what `doc` and the update hold. Read without applying, so this
 * common refusal (an honest client's update racing ahead of its re-sync) leaves the trial copy as it was.
 */
function skipsHistory(doc: Y.Doc, update: Uint8Array): boolean {
  const state = Y.decodeStateVector(Y.encodeStateVector(doc));
  const { from, to } = Y.parseUpdateMeta(update);
  for (const [client, clock] of from) if (clock > (state.get(client) ?? 0)) return true;
  for (const [client, items] of Y.decodeUpdate(update).ds.clients) {
    const known = Math.max(state.get(client) ?? 0, to.get(client) ?? 0);
    if (items.some((item) => item.clock + item.len > known)) return true;
  }
  return false;
}

/** Apply `update` to `trial` and judge what it changed. */
function tryUpdate(trial: Y.Doc, update: Uint8Array): UpdateVerdict {
  const statements = trial.getArray(STATEMENTS);
  let verdict = accepted;
  const judge = (transaction: Y.Transaction): void => {
    const roots = new Map<Shared, string>([...trial.share].map(([name, type]) => [type, name]));
    if (deletesStatements(transaction, statements)) verdict = refused('it deletes signed statements');
    for (const [type, keys] of transaction.changed) {
      if (!verdict.ok) break;
      const problem = changedProblem(trial, type, keys, roots);
      if (problem !== null) verdict = refused(problem);
    }
  };
  trial.on('afterTransaction', judge);
  try {
    Y.applyUpdate(trial, update);
  } catch {
    verdict = refused('it cannot be read');
  } finally {
    trial.off('afterTransaction', judge);
  }
  if (verdict.ok && hasPending(trial)) verdict = missing;
  return verdict;
}

/**
 * The checks of one room, kept beside its document: a copy of the document that every update is tried on
 * first. An accepted update must then be applied to the room's document (so the copy stays equal to it);
 * after a refusal the copy is made afresh from the room's document, which the update never reached.
 */
export class UpdateGate {
  private readonly room: Y.Doc;
  private trial: Y.Doc;

  constructor(room: Y.Doc) {
    this.room = room;
    this.trial = trialCopy(room);
  }

  check(update: Uint8Array, canWrite: boolean): UpdateVerdict {
    if (!canWrite) return refused('this invitation may not change the workspace');
    if (skipsHistory(this.trial, update)) return missing;
    const verdict = tryUpdate(this.trial, update);
    if (!verdict.ok) {
      this.trial.destroy();
      this.trial = trialCopy(this.room);
    }
    return verdict;
  }

  destroy(): void {
    this.trial.destroy();
  }
}

/** Check one update against `doc` (left untouched), e.g. before merging; a room keeps an UpdateGate instead. */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, canWrite: boolean): UpdateVerdict {
  const gate = new UpdateGate(doc);
  const verdict = gate.check(update, canWrite);
  gate.destroy();
  return verdict;
}
