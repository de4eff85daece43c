/**
 * Structural edits of the constitution as Slate transforms: insert, delete and move articles, sections and
 * clauses. An article spans its heading and everything up to the next article; a section spans its heading
 * and its clauses up to the next section or article; a clause spans itself and its sub-clauses (the
 * clauses after it that are indented deeper). The same functions drive the editor's toolbar,
 * drag-and-drop and the CLI's headless editor; sub-clauses are indented and outdented in subclauses.ts.
 */
import { Editor, Transforms, type Descendant } from 'slate';
import { newId } from '../ids.ts';
import { depthOf, isConstitutionElement, type BlockType, type ConstitutionElement } from './schema.ts';

/** Each value of the editor's children once read as blocks: Slate makes a new array at every change, so reads of one value share it. */
const blocksOfValue = new WeakMap<Descendant[], readonly ConstitutionElement[]>();

/** Whether every child is a block (nearly always: a workspace joined but not yet synced holds a bare text). */
function allBlocks(children: Descendant[]): children is ConstitutionElement[] {
  return children.every(isConstitutionElement);
}

/**
 * The blocks of the editor, in order (read once per change of the document, however many ask): Slate's own
 * array when every child is a block (no copy of 5,000 entries at every keystroke), else the blocks among them.
 */
export function blocksOf(editor: Editor): readonly ConstitutionElement[] {
  const children = editor.children;
  let blocks = blocksOfValue.get(children);
  if (!blocks) {
    blocks = allBlocks(children) ? children : children.filter(isConstitutionElement);
    blocksOfValue.set(children, blocks);
  }
  return blocks;
}

export function indexOfId(editor: Editor, id: string): number {
  return blocksOf(editor).findIndex((block) => block.id === id);
}

/** Half-open range [start, end) of block indexes that moves and deletes with the block at `index`. */
export function spanAt(blocks: readonly { type: BlockType; depth?: unknown }[], index: number): [number, number] {
  const block = blocks[index];
  if (block === undefined) throw new RangeError(`No block at index ${index}`);
  const type = block.type;
  let end = index + 1;
  if (type === 'article') {
    while (end < blocks.length && blocks[end]?.type !== 'article') end += 1;
  } else if (type === 'section') {
    while (end < blocks.length && blocks[end]?.type !== 'article' && blocks[end]?.type !== 'section') end += 1;
  } else if (type === 'clause') {
    const depth = depthOf(block);
    for (let next = blocks[end]; next?.type === 'clause' && depthOf(next) > depth; next = blocks[end]) end += 1;
  }
  return [index, end];
}

/** The index of the clause at `depth` that the sub-clause or clause at `index` belongs to or follows, skipping deeper ones; -1 past a heading. */
function previousAtDepth(blocks: readonly ConstitutionElement[], index: number, depth: number): number {
  for (let i = index - 1; i >= 0; i -= 1) {
    const block = blocks[i];
    if (block?.type !== 'clause') return -1;
    const at = depthOf(block);
    if (at === depth) return i;
    if (at < depth) return -1;
  }
  return -1;
}

export function newBlock(type: BlockType, text = ''): ConstitutionElement {
  return { type, id: newId(), children: [{ text }] };
}

export type Direction = 'up' | 'down';

/** Move the blocks [start, end) so that they stand before the block now at index `before`. */
export function moveSpan(editor: Editor, [start, end]: [number, number], before: number): void {
  if (before >= start && before <= end) return;
  const count = end - start;
  Editor.withoutNormalizing(editor, () => {
    if (before < start) {
      for (let k = 0; k < count; k += 1) Transforms.moveNodes(editor, { at: [start + k], to: [before + k] });
    } else {
      for (let k = 0; k < count; k += 1) Transforms.moveNodes(editor, { at: [start], to: [before - 1] });
    }
  });
}

function previousIndex(blocks: readonly ConstitutionElement[], from: number, stop: (t: BlockType) => boolean, want: BlockType): number {
  for (let i = from - 1; i >= 0; i -= 1) {
    const type = blocks[i]?.type;
    if (type === want) return i;
    if (type !== undefined && stop(type)) return -1;
  }
  return -1;
}

/** The first block of the clause (with its sub-clauses) that the block at `index` belongs to, or -1 when it is no clause. */
function clauseUnitStart(blocks: readonly ConstitutionElement[], index: number): number {
  let at = index;
  while (at >= 0 && blocks[at]?.type === 'clause' && depthOf(blocks[at] ?? { type: 'clause' }) > 0) at -= 1;
  return blocks[at]?.type === 'clause' ? at : -1;
}

/**
 * A heading moves one place at a time: past the clause just above or below it (with that clause's
 * sub-clauses), which then belongs to what stands on the other side; only the heading line moves, as in a
 * word processor. Where its neighbour is a heading, it moves with everything under it (below).
 */
function headingPastClause(blocks: readonly ConstitutionElement[], index: number, direction: Direction): number {
  if (direction === 'up') return blocks[index - 1]?.type === 'clause' ? clauseUnitStart(blocks, index - 1) : -1;
  const next = blocks[index + 1];
  return next?.type === 'clause' ? spanAt(blocks, index + 1)[1] : -1;
}

/** Where the block with `id` (and its span) would go if moved one step up, or -1 if it cannot move. */
function targetUp(blocks: readonly ConstitutionElement[], index: number): number {
  const block = blocks[index];
  if (!block) return -1;
  switch (block.type) {
    case 'preamble':
      return blocks[index - 1]?.type === 'preamble' ? index - 1 : -1;
    case 'article':
      return previousIndex(blocks, index, () => false, 'article');
    case 'section': {
      const sibling = previousIndex(blocks, index, (t) => t === 'article', 'section');
      if (sibling >= 0) return sibling;
      // First section of its article: it becomes the last section of the previous article.
      const article = previousIndex(blocks, index, () => false, 'article');
      return article >= 0 && previousIndex(blocks, article, () => false, 'article') >= 0 ? article : -1;
    }
    case 'clause': {
      const depth = depthOf(block);
      const sibling = previousAtDepth(blocks, index, depth);
      if (sibling >= 0) return sibling;
      // A sub-clause stays under its clause; a clause just under a heading becomes the last clause of what stands before it.
      const prev = blocks[index - 1];
      if (depth > 0 || !prev || prev.type === 'preamble' || prev.type === 'clause') return -1;
      return index - 1 > 0 && blocks[index - 2]?.type !== 'preamble' ? index - 1 : -1;
    }
  }
}

/** Where the block would go if moved one step down (the index to insert before), or -1. */
function targetDown(blocks: readonly ConstitutionElement[], index: number): number {
  const block = blocks[index];
  if (!block) return -1;
  const [, end] = spanAt(blocks, index);
  const next = blocks[end];
  if (!next) return -1;
  switch (block.type) {
    case 'preamble':
      return next.type === 'preamble' ? end + 1 : -1;
    case 'article':
      return spanAt(blocks, end)[1];
    case 'section': {
      if (next.type === 'section') return spanAt(blocks, end)[1];
      // Last section of its article: it becomes the first section of the next article.
      let at = end + 1;
      while (at < blocks.length && blocks[at]?.type === 'clause') at += 1;
      return at;
    }
    case 'clause': {
      const depth = depthOf(block);
      if (next.type === 'clause') return depthOf(next) === depth ? spanAt(blocks, end)[1] : -1;
      return next.type === 'preamble' || depth > 0 ? -1 : end + 1;
    }
  }
}

/** Where a move puts what: a heading alone past a clause, or the block with its span (see the rules above). */
function moveTarget(blocks: readonly ConstitutionElement[], index: number, direction: Direction): { span: [number, number]; before: number } | undefined {
  const block = blocks[index];
  if (!block) return undefined;
  if (block.type === 'article' || block.type === 'section') {
    const past = headingPastClause(blocks, index, direction);
    if (past >= 0) return { span: [index, index + 1], before: past };
  }
  const before = direction === 'up' ? targetUp(blocks, index) : targetDown(blocks, index);
  return before < 0 ? undefined : { span: spanAt(blocks, index), before };
}

/** Whether the block can move one step in `direction`. */
export function canMove(editor: Editor, id: string, direction: Direction): boolean {
  const blocks = blocksOf(editor);
  return moveTarget(blocks, indexOfId(editor, id), direction) !== undefined;
}

/** Move a block (with its span) one step up or down. Returns false when it is already at the edge. */
export function moveBlock(editor: Editor, id: string, direction: Direction): boolean {
  const target = moveTarget(blocksOf(editor), indexOfId(editor, id), direction);
  if (!target) return false;
  moveSpan(editor, target.span, target.before);
  return true;
}

/** Drag and drop: move the block `id` with its span before (or after) the block `targetId`. */
export function moveBlockTo(editor: Editor, id: string, targetId: string, place: 'before' | 'after'): boolean {
  const blocks = blocksOf(editor);
  const index = indexOfId(editor, id);
  const target = indexOfId(editor, targetId);
  if (index < 0 || target < 0) return false;
  const span = spanAt(blocks, index);
  const before = place === 'before' ? target : target + 1;
  if (before >= span[0] && before <= span[1]) return false;
  moveSpan(editor, span, before);
  return true;
}

/**
 * Insert a new block of `type` near the block `afterId` (or at the end): a clause right after it, a
 * section after the end of the current section, an article after the end of the current article.
 * Returns the new block's id. (The editor's toolbar inserts at the cursor instead: `insertAtCursor`.)
 */
export function insertBlock(editor: Editor, type: BlockType, afterId?: string, text = ''): string {
  const blocks = blocksOf(editor);
  let at = blocks.length;
  const index = afterId === undefined ? -1 : indexOfId(editor, afterId);
  if (index >= 0) {
    if (type === 'clause' || type === 'preamble') at = index + 1;
    else {
      let owner = index;
      if (type === 'article') {
        while (owner >= 0 && blocks[owner]?.type !== 'article') owner -= 1;
      } else {
        while (owner >= 0 && blocks[owner]?.type !== 'section' && blocks[owner]?.type !== 'article') owner -= 1;
      }
      at = owner < 0 ? index + 1 : spanAt(blocks, owner)[1];
    }
  }
  const block = newBlock(type, text);
  Transforms.insertNodes(editor, block, { at: [at] });
  return block.id;
}

/** Where the cursor is, for inserting: the block it is in, and whether it stands before that block's first word. */
export interface Cursor {
  id: string;
  atStart: boolean;
}

const RANK: Readonly<Record<BlockType, number>> = { preamble: 0, article: 2, section: 1, clause: 0 };

/**
 * Where + Article, + Section and + Clause put a new block for a cursor in the block at `index`. A heading
 * goes at the cursor and takes the clauses after it: after the clause the cursor is in (and its
 * sub-clauses), or before it when the cursor stands before its first word; right after a higher heading
 * (an article's clauses go into a new section); after the whole span of a heading of its own rank (a new
 * empty section after this one); before a lower heading (a new article takes this section and what
 * follows); after the preamble. A clause goes after the clause the cursor is in and its sub-clauses.
 */
function insertionIndex(blocks: readonly ConstitutionElement[], index: number, type: BlockType, atStart: boolean): number {
  const block = blocks[index];
  if (!block) return blocks.length;
  if (block.type === 'preamble') {
    let end = index + 1;
    while (type !== 'preamble' && blocks[end]?.type === 'preamble') end += 1;
    return end;
  }
  if (block.type === 'clause') {
    const empty = block.children.every((child) => child.text === '');
    const before = type !== 'clause' && atStart && !empty && depthOf(block) === 0;
    return before ? index : spanAt(blocks, index)[1];
  }
  if (type === 'clause' || type === 'preamble' || RANK[block.type] > RANK[type]) return index + 1;
  return RANK[block.type] === RANK[type] ? spanAt(blocks, index)[1] : index;
}

/**
 * Insert a new block of `type` at the cursor (see `insertionIndex`), or at the end without one; a new
 * clause has the depth of the clause the cursor is in, so + Clause in a sub-clause adds the next one.
 * Returns the new block's id.
 */
export function insertAtCursor(editor: Editor, type: BlockType, cursor?: Cursor, text = ''): string {
  const blocks = blocksOf(editor);
  const index = cursor === undefined ? -1 : indexOfId(editor, cursor.id);
  const at = insertionIndex(blocks, index, type, cursor?.atStart ?? false);
  const block = newBlock(type, text);
  const depth = type === 'clause' ? depthOf(blocks[index] ?? block) : 0;
  Transforms.insertNodes(editor, depth === 0 ? block : { ...block, depth }, { at: [at] });
  return block.id;
}

/** Delete a block and its span (an article takes its sections and clauses with it). */
export function deleteBlock(editor: Editor, id: string): boolean {
  const blocks = blocksOf(editor);
  const index = indexOfId(editor, id);
  if (index < 0) return false;
  const [start, end] = spanAt(blocks, index);
  Editor.withoutNormalizing(editor, () => {
    for (let i = end - 1; i >= start; i -= 1) Transforms.removeNodes(editor, { at: [i] });
    if (editor.children.length === 0) Transforms.insertNodes(editor, newBlock('preamble'), { at: [0] });
  });
  return true;
}

/** Change what kind of block this is (e.g. a clause becomes a section heading). */
export function setBlockType(editor: Editor, id: string, type: BlockType): boolean {
  const index = indexOfId(editor, id);
  if (index < 0) return false;
  Transforms.setNodes(editor, { type }, { at: [index] });
  return true;
}

/** Replace the whole text of a block (used by the CLI and by amendments). */
export function setBlockText(editor: Editor, id: string, text: string): boolean {
  const index = indexOfId(editor, id);
  if (index < 0) return false;
  Editor.withoutNormalizing(editor, () => {
    const range = Editor.range(editor, [index]);
    Transforms.delete(editor, { at: range });
    Transforms.insertText(editor, text, { at: Editor.start(editor, [index]) });
  });
  return true;
}

/** The block the cursor is in, if any. */
export function currentBlock(editor: Editor): ConstitutionElement | undefined {
  const index = editor.selection?.anchor.path[0];
  const node = index === undefined ? undefined : editor.children[index];
  return isConstitutionElement(node) ? node : undefined;
}

/** Put the cursor at the start of the block `id`. */
export function selectBlock(editor: Editor, id: string): boolean {
  const index = indexOfId(editor, id);
  if (index < 0) return false;
  Transforms.select(editor, Editor.start(editor, [index]));
  return true;
}
