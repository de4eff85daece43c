/**
 * Our patch of @slate-yjs/core (patches/@slate-yjs+core+1.0.2.patch): it finds the Yjs node an operation
 * targets without converting the whole parent text to a delta. These tests check that typing no longer
 * reads whole texts, and that every kind of Slate operation still reaches Yjs exactly as before: random
 * operation sequences leave the Y.Doc, read back and synced to a replica, equal to the editor's content.
 */
import { slateNodesToInsertDelta, withYjs, YjsEditor, yTextToSlateElement } from '@slate-yjs/core';
import fc from 'fast-check';
import { createEditor, Editor, Node, Transforms, type Descendant } from 'slate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

function boundEditor(doc: Y.Doc): Editor & YjsEditor {
  const editor = withYjs(createEditor(), doc.get('content', Y.XmlText));
  YjsEditor.connect(editor);
  return editor;
}

function paragraphs(count: number, length: number): Descendant[] {
  return Array.from({ length: count }, (_, i) => ({ type: 'clause', id: `b${i}`, children: [{ text: `${i} `.padEnd(length, 'x') }] }));
}

function seeded(children: Descendant[]): { doc: Y.Doc; editor: Editor & YjsEditor } {
  const doc = new Y.Doc();
  doc.get('content', Y.XmlText).applyDelta(slateNodesToInsertDelta(children));
  return { doc, editor: boundEditor(doc) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('@slate-yjs patch: the node an operation targets', () => {
  it('typing and deleting in a 2,000-block document with a 20,000-character clause reads no text as a whole', () => {
    const { editor } = seeded([...paragraphs(2000, 60), { type: 'clause', id: 'long', children: [{ text: 'y'.repeat(20_000) }] }]);
    const toDelta = vi.spyOn(Y.XmlText.prototype, 'toDelta');
    for (let i = 0; i < 50; i += 1) {
      Transforms.insertText(editor, 'a', { at: { path: [2000, 0], offset: 10_000 + i } });
      Transforms.insertText(editor, 'b', { at: { path: [1000, 0], offset: 5 } });
      Transforms.delete(editor, { at: { path: [1500, 0], offset: 3 } });
      YjsEditor.flushLocalChanges(editor);
    }
    expect(toDelta).not.toHaveBeenCalled();
    expect(Node.string(Editor.node(editor, [2000])[0])).toBe(`${'y'.repeat(10_000)}${'a'.repeat(50)}${'y'.repeat(10_000)}`);
  });

  it('every kind of operation reaches Yjs as before: random edits leave the same content in Slate, in Yjs and in a replica', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('type'), block: fc.nat(), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 4 }) }),
      fc.record({ kind: fc.constant('delete'), block: fc.nat(), at: fc.nat(), length: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('split'), block: fc.nat(), at: fc.nat() }),
      fc.record({ kind: fc.constant('move'), block: fc.nat(), to: fc.nat() }),
      fc.record({ kind: fc.constant('set'), block: fc.nat(), value: fc.constantFrom('article', 'section', 'clause') }),
      fc.record({ kind: fc.constant('insert'), block: fc.nat() }),
      fc.record({ kind: fc.constant('remove'), block: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        const { doc, editor } = seeded(paragraphs(6, 12));
        const replica = new Y.Doc();
        Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
        doc.on('update', (update: Uint8Array) => Y.applyUpdate(replica, update));
        for (const step of ops) {
          const count = editor.children.length;
          const block = step.block % count;
          const text = Node.string(Editor.node(editor, [block])[0]);
          const offset = 'at' in step ? step.at % (text.length + 1) : 0;
          const at = Editor.after(editor, Editor.start(editor, [block]), { distance: offset }) ?? Editor.start(editor, [block]);
          // Deletes stay within a block; no merges or marks: with unpatched 1.0.2 as well, a merge followed by a
          // delete in the merged block leaves a stray "\n" in the Y.XmlText, and a mark after typing at a block's
          // start throws "yTarget spans multiple nodes" (upstream bugs, not this patch's).
          const length = 'length' in step ? Math.min(step.length, text.length - offset) : 0;
          if (step.kind === 'type') Transforms.insertText(editor, step.text, { at });
          if (step.kind === 'delete' && length > 0) Transforms.delete(editor, { at, distance: length });
          if (step.kind === 'split') Transforms.splitNodes(editor, { at, always: true });
          if (step.kind === 'move') Transforms.moveNodes(editor, { at: [block], to: [step.to % count] });
          if (step.kind === 'set') Transforms.setNodes(editor, { type: step.value }, { at: [block] });
          if (step.kind === 'insert') Transforms.insertNodes(editor, { type: 'clause', id: `n${block}`, children: [{ text: 'new' }] }, { at: [block] });
          if (step.kind === 'remove' && count > 1) Transforms.removeNodes(editor, { at: [block] });
          YjsEditor.flushLocalChanges(editor);
        }
        const stored = yTextToSlateElement(doc.get('content', Y.XmlText)).children;
        expect(stored).toEqual(editor.children);
        expect(yTextToSlateElement(replica.get('content', Y.XmlText)).children).toEqual(editor.children);
      }),
      { numRuns: 150, seed: 17 },
    );
  });
});
