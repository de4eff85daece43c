/**
 * "Keep my copy and drop the damaged part": delete from the workspace what does not fit its schema (see
 * doc-shape.ts) — entries of the wrong type in map roots, list items hung under a map root, and in the
 * constitution anything that is not a block of text (nested blocks, text outside blocks, marks that are
 * not suggestions) and a sub-clause depth that is not one (the block stays, as a clause). Deletions merge
 * like any edit. The append-only lists (roster, statements) are never touched: their readers check every
 * entry anyway.
 *
 * Yjs deletes and garbage-collects a shared type by recursing into its children, so a subtree nested ten
 * thousand deep would overflow the stack. Here every subtree is deleted from the innermost item out (each
 * deletion then finds its children already gone) with Yjs's collection paused, and collected afterwards in
 * the same order. The caller should then store the document compacted (a replay of the raw deletion would
 * recurse again): WorkspaceSession.compact in the app, a rewritten file in the CLI.
 */
import * as Y from 'yjs';
import { CONSTITUTION, depthProblem, inspectWorkspace, MAP_ROOTS, type Skipped } from './doc-shape.ts';
import { markProblem } from '../suggest/marks.ts';

/** `top` and every item below it, parents before children, found without recursion. */
function subtree(top: Y.Item): Y.Item[] {
  const out: Y.Item[] = [top];
  for (let i = 0; i < out.length; i += 1) {
    const content = out[i]?.content;
    if (!(content instanceof Y.ContentType)) continue;
    const type = content.type;
    for (let item = type._start; item !== null; item = item.right) out.push(item);
    for (const last of type._map.values()) for (let item: Y.Item | null = last; item !== null; item = item.left) out.push(item);
  }
  return out;
}

/** Blocks whose `depth` attribute is damaged (see doc-shape.ts): repair removes the attribute, the block stays a clause. */
function damagedDepths(root: Y.XmlText): Y.XmlText[] {
  const out: Y.XmlText[] = [];
  for (let item = root._start; item !== null; item = item.right) {
    const block = !item.deleted && item.content instanceof Y.ContentType ? item.content.type : null;
    if (block instanceof Y.XmlText && depthProblem(block.getAttribute('type'), block.getAttribute('depth')) !== null) out.push(block);
  }
  return out;
}

/** Items that are not blocks of text in the constitution: whole top-level non-blocks, and embeds inside blocks. */
function constitutionDamage(root: Y.XmlText): Y.Item[] {
  const out: Y.Item[] = [];
  for (let item = root._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const block = item.content instanceof Y.ContentType ? item.content.type : null;
    const sound = block instanceof Y.XmlText && typeof block.getAttribute('type') === 'string' && typeof block.getAttribute('id') === 'string';
    if (!sound || !(block instanceof Y.XmlText)) {
      out.push(item);
      continue;
    }
    for (let inner = block._start; inner !== null; inner = inner.right) {
      if (inner.deleted) continue;
      if (inner.content instanceof Y.ContentType) out.push(inner);
      // A mark that is not a suggestion (src/suggest/marks.ts): its boundary goes, the words stay.
      else if (inner.content instanceof Y.ContentFormat && markProblem(inner.content.key, inner.content.value) !== null) out.push(inner);
    }
  }
  return out;
}

/** The damaged parts `dropDamaged` would drop (everything but entries of the append-only lists). */
export function droppableDamage(doc: Y.Doc): Skipped[] {
  return inspectWorkspace(doc).filter((s) => s.root !== 'roster' && s.root !== 'statements');
}

/** Drop every damaged part; returns what was dropped (empty when the workspace was sound). */
export function dropDamaged(doc: Y.Doc, origin: unknown = 'repair'): Skipped[] {
  const damaged = droppableDamage(doc);
  if (damaged.length === 0) return damaged;
  const tops: Y.Item[] = [];
  for (const root of MAP_ROOTS) {
    const map = doc.getMap(root);
    for (const s of damaged) {
      const entry = s.root === root ? map._map.get(s.key) : undefined;
      const fields = s.field !== undefined && entry?.content instanceof Y.ContentType ? entry.content.type._map : undefined;
      const item = s.field === undefined ? entry : fields?.get(s.field);
      if (item && !item.deleted) tops.push(item);
    }
    for (let item = map._start; item !== null; item = item.right) if (!item.deleted) tops.push(item);
  }
  const constitution = doc.get(CONSTITUTION, Y.XmlText);
  tops.push(...constitutionDamage(constitution));
  const depths = damagedDepths(constitution);
  const doomed = tops.flatMap(subtree).reverse();
  const collect = doc.gcFilter;
  doc.gcFilter = () => false;
  try {
    doc.transact((transaction) => {
      for (const item of doomed) if (!item.deleted) item.delete(transaction);
      for (const block of depths) block.removeAttribute('depth');
    }, origin);
  } finally {
    doc.gcFilter = collect;
  }
  if (doc.gc) for (const item of doomed) if (item.deleted && !item.keep && item.content.constructor !== Y.ContentDeleted) item.gc(doc.store, false);
  return damaged;
}
