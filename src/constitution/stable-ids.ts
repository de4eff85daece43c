/**
 * Keeps every block's `id` unique and stable. Splitting a block copies its properties in Slate, so the new
 * half gets a fresh id; an inserted block whose id is already in the document (a pasted copy) gets a fresh
 * one too, while a cut-and-pasted block keeps its own. Only local operations are rewritten: remote ones
 * arrive already decided by the peer that made them, and rewriting them here would make replicas diverge.
 */
import { Editor, Element, Transforms, type Operation } from 'slate';
import { newId } from '../ids.ts';
import { isApplyingRemote } from './local-ops.ts';
import { blocksOf, newBlock } from './structure.ts';

function idsInUse(editor: Editor): Set<string> {
  return new Set(blocksOf(editor).map((block) => block.id));
}

function withFreshId(op: Operation, editor: Editor): Operation {
  if (op.type === 'split_node' && op.path.length === 1) {
    return { ...op, properties: { ...op.properties, id: newId() } };
  }
  if (op.type === 'insert_node' && op.path.length === 1 && Element.isElement(op.node)) {
    const id = op.node.id;
    if (typeof id !== 'string' || id === '' || idsInUse(editor).has(id)) {
      return { ...op, node: { ...op.node, id: newId() } };
    }
  }
  return op;
}

/** Pressing Enter: at the start of a block, open an empty block above; at the end of a heading, start a clause. */
function insertBreak(editor: Editor, fallback: () => void): void {
  const { selection } = editor;
  const first = selection?.anchor.path[0];
  if (!selection || first === undefined || selection.anchor.path[0] !== selection.focus.path[0]) return fallback();
  const block = editor.children[first];
  if (!Element.isElement(block)) return fallback();
  const path = [first];
  const collapsed = selection.anchor.offset === selection.focus.offset && selection.anchor.path.join() === selection.focus.path.join();
  if (collapsed && Editor.isStart(editor, selection.anchor, path) && !Editor.isEmpty(editor, block)) {
    Transforms.insertNodes(editor, newBlock(block.type), { at: path, select: false });
    return;
  }
  const atEnd = collapsed && Editor.isEnd(editor, selection.anchor, path);
  fallback();
  if (atEnd && (block.type === 'article' || block.type === 'section')) {
    Transforms.setNodes(editor, { type: 'clause' }, { at: [first + 1] });
  }
}

export function withStableIds<T extends Editor>(editor: T): T {
  const { apply, insertBreak: defaultInsertBreak } = editor;
  editor.apply = (op) => apply(isApplyingRemote(editor) ? op : withFreshId(op, editor));
  editor.insertBreak = () => insertBreak(editor, defaultInsertBreak);
  return editor;
}
