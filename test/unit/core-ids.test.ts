/**
 * Clause ids are stable: they survive edits, splits (the new half gets a new id), moves, undo/redo and
 * concurrent editing; a pasted copy gets a new id, a cut-and-pasted block keeps its own.
 */
import { withYHistory, YjsEditor } from '@slate-yjs/core';
import { createEditor, Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindEditor, readBlocks } from '../../src/constitution/document.ts';
import { moveBlock } from '../../src/constitution/structure.ts';
import { newId } from '../../src/ids.ts';
import { idByText, link, specOf, workspaceWith } from './core-helpers.ts';

/** A live editor on a doc, as the app has one (local origin, undo of its own changes). */
function liveEditor(doc: Y.Doc) {
  const editor = withYHistory(bindEditor(createEditor(), doc));
  YjsEditor.connect(editor);
  return editor;
}

const flush = (editor: YjsEditor) => YjsEditor.flushLocalChanges(editor);

describe('new ids', () => {
  it('are a prefix and 16 base-36 characters, each one different', () => {
    const ids = Array.from({ length: 10_000 }, () => newId('c_'));
    for (const id of ids) expect(id).toMatch(/^c_[0-9a-z]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('stable ids', () => {
  it('gives the second half of a split clause a new id and keeps the first', () => {
    const doc = workspaceWith(['article:A', 'clause:First part. Second part.']);
    const id = idByText(doc, 'First part. Second part.');
    const editor = liveEditor(doc);
    Transforms.select(editor, { path: [1, 0], offset: 'First part.'.length });
    editor.insertBreak();
    flush(editor);
    const blocks = readBlocks(doc);
    expect(blocks[1]).toEqual({ id, type: 'clause', text: 'First part.' });
    expect(blocks[2]?.text).toBe(' Second part.');
    expect(blocks[2]?.id).not.toBe(id);
    expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
  });

  it('opens an empty block above on Enter at the start, so the text keeps its id', () => {
    const doc = workspaceWith(['article:A', 'clause:Text']);
    const id = idByText(doc, 'Text');
    const editor = liveEditor(doc);
    Transforms.select(editor, { path: [1, 0], offset: 0 });
    editor.insertBreak();
    flush(editor);
    expect(specOf(doc)).toEqual(['article:A', 'clause:', 'clause:Text']);
    expect(idByText(doc, 'Text')).toBe(id);
  });

  it('turns the block after a heading into a clause when Enter is pressed at the end of the heading', () => {
    const doc = workspaceWith(['article:Membership']);
    const editor = liveEditor(doc);
    Transforms.select(editor, Editor.end(editor, [0]));
    editor.insertBreak();
    flush(editor);
    expect(specOf(doc)).toEqual(['article:Membership', 'clause:']);
  });

  it('gives a pasted copy a new id and lets a cut-and-pasted block keep its own', () => {
    const doc = workspaceWith(['article:A', 'clause:Keep me', 'clause:Last']);
    const id = idByText(doc, 'Keep me');
    const editor = liveEditor(doc);
    // Copy: the fragment carries the original id, which is still in the document.
    Transforms.select(editor, { anchor: Editor.start(editor, [1]), focus: Editor.end(editor, [1]) });
    const fragment = editor.getFragment();
    Transforms.insertNodes(editor, fragment, { at: [3] });
    flush(editor);
    const afterCopy = readBlocks(doc);
    expect(afterCopy.filter((b) => b.text === 'Keep me')).toHaveLength(2);
    expect(afterCopy[1]?.id).toBe(id);
    expect(afterCopy[3]?.id).not.toBe(id);
    // Cut: the block leaves the document, then comes back elsewhere with its id.
    Transforms.removeNodes(editor, { at: [1] });
    Transforms.insertNodes(editor, fragment, { at: [3] });
    flush(editor);
    const afterCut = readBlocks(doc);
    expect(afterCut[3]).toEqual({ id, type: 'clause', text: 'Keep me' });
    expect(new Set(afterCut.map((b) => b.id)).size).toBe(afterCut.length);
  });

  it('keeps ids through undo and redo of edits and moves', () => {
    const doc = workspaceWith(['article:A', 'clause:a1', 'article:B', 'clause:b1']);
    const before = readBlocks(doc);
    const editor = liveEditor(doc);
    moveBlock(editor, idByText(doc, 'B'), 'up');
    flush(editor);
    editor.undoManager.stopCapturing();
    Transforms.insertText(editor, ' more', { at: Editor.end(editor, [1]) });
    flush(editor);
    editor.undo();
    editor.undo();
    expect(readBlocks(doc)).toEqual(before);
    editor.redo();
    editor.redo();
    // One move up takes B's heading above a1 (a heading moves one place at a time).
    expect(specOf(doc)).toEqual(['article:A', 'article:B more', 'clause:a1', 'clause:b1']);
    const ids = new Map(before.map((b) => [b.text, b.id]));
    expect(readBlocks(doc).map((b) => b.id)).toEqual(['A', 'B', 'a1', 'b1'].map((t) => ids.get(t)));
  });

  it('undoes only its own changes, not a collaborator’s', () => {
    const mine = workspaceWith(['article:A', 'clause:text']);
    const theirs = new Y.Doc();
    link(mine, theirs);
    const me = liveEditor(mine);
    const them = liveEditor(theirs);
    Transforms.insertText(me, ' mine', { at: Editor.end(me, [1]) });
    flush(me);
    Transforms.insertText(them, 'Their ', { at: Editor.start(them, [0]) });
    flush(them);
    me.undo();
    expect(specOf(mine)).toEqual(['article:Their A', 'clause:text']);
    expect(specOf(theirs)).toEqual(specOf(mine));
  });

  it('converges with unique ids when two delegates split blocks at once', () => {
    const a = workspaceWith(['article:A', 'clause:one two three']);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const ea = liveEditor(a);
    const eb = liveEditor(b);
    Transforms.select(ea, { path: [1, 0], offset: 3 });
    ea.insertBreak();
    flush(ea);
    Transforms.select(eb, { path: [0, 0], offset: 1 });
    eb.insertBreak();
    flush(eb);
    link(a, b);
    const blocks = readBlocks(a);
    expect(readBlocks(b)).toEqual(blocks);
    expect(new Set(blocks.map((x) => x.id)).size).toBe(blocks.length);
    expect(blocks.map((x) => x.text).join('|')).toBe('A||one| two three');
  });
});
