/**
 * Indenting and outdenting clauses (Tab and Shift+Tab in the editor): a clause indented under the clause
 * above becomes its sub-clause "(a)", and indented once more "(i)". A clause takes its own sub-clauses
 * with it, so the parts under it never lose their place; it can go one level deeper than the clause above
 * it at most, and never deeper than `MAX_DEPTH`. The depth is the block's own `depth` property, which
 * @slate-yjs keeps as an attribute of its Y.XmlText (absent for a clause of depth 0).
 */
import { Editor, Transforms } from 'slate';
import { depthOf, MAX_DEPTH, type ConstitutionElement } from './schema.ts';
import { blocksOf, indexOfId, spanAt } from './structure.ts';

export type IndentDirection = 'indent' | 'outdent';

/** Which blocks may not change (ratified text: the app passes the lock's answer); none by default. */
export type LockedAt = (index: number) => boolean;

const NONE_LOCKED: LockedAt = () => false;

/**
 * The new depth of the clause at `index` after one step, or undefined when it cannot go that way — also
 * when any part of it is locked: the lock would refuse that part alone and leave the others moved.
 */
function steppedDepth(blocks: readonly ConstitutionElement[], index: number, direction: IndentDirection, locked: LockedAt): number | undefined {
  const block = blocks[index];
  if (block?.type !== 'clause') return undefined;
  const [start, end] = spanAt(blocks, index);
  for (let i = start; i < end; i += 1) if (locked(i)) return undefined;
  const depth = depthOf(block);
  if (direction === 'outdent') return depth > 0 ? depth - 1 : undefined;
  const above = blocks[index - 1];
  if (above?.type !== 'clause' || depthOf(above) < depth) return undefined;
  const deepest = blocks.slice(index, end).reduce<number>((most, b) => Math.max(most, depthOf(b)), depth);
  return deepest < MAX_DEPTH ? depth + 1 : undefined;
}

/** Whether the clause `id` can be indented (or outdented) one level. */
export function canIndent(editor: Editor, id: string, direction: IndentDirection, locked: LockedAt = NONE_LOCKED): boolean {
  return steppedDepth(blocksOf(editor), indexOfId(editor, id), direction, locked) !== undefined;
}

/** Indent or outdent the clause `id` one level, with its sub-clauses. Returns false when it cannot. */
export function indentClause(editor: Editor, id: string, direction: IndentDirection, locked: LockedAt = NONE_LOCKED): boolean {
  const blocks = blocksOf(editor);
  const index = indexOfId(editor, id);
  if (steppedDepth(blocks, index, direction, locked) === undefined) return false;
  const step = direction === 'indent' ? 1 : -1;
  const [start, end] = spanAt(blocks, index);
  Editor.withoutNormalizing(editor, () => {
    for (let i = start; i < end; i += 1) {
      const depth = depthOf(blocks[i] ?? { type: 'clause' }) + step;
      if (depth === 1 || depth === 2) Transforms.setNodes(editor, { depth }, { at: [i] });
      else Transforms.unsetNodes(editor, 'depth', { at: [i] });
    }
  });
  return true;
}
