/**
 * The stores the editor keeps beside the document do whole-document work only when what they show can have
 * changed, so typing in a long constitution stays fast: the gutter store reads the blocks neither at each
 * key nor when the wording's history is written a moment later; numbering skips keys typed in clauses; the
 * parliament counts once typing pauses (and at the latest 3 s into a stream of edits); the current block
 * wakes its subscribers only when it or its text changes; the passages of comments change the editor's
 * decorations only when the comments change; a suggestion's colour wakes its words only when it changes.
 */
import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { CurrentBlockStore } from '../../renderer/editor/current-block-store.ts';
import { changesNumbering } from '../../renderer/editor/label-store.ts';
import { GutterStore } from '../../renderer/provenance/gutter-store.ts';
import { ParliamentStore } from '../../renderer/ratify/parliament-store.ts';
import { editConstitution, readBlocks } from '../../src/constitution/document.ts';
import { insertBlock } from '../../src/constitution/structure.ts';
import { addOrganization, updateOrganization } from '../../src/workspace/workspace.ts';
import { initWorkspace } from '../../src/workspace/init.ts';
import { PassageStore } from '../../renderer/comments/passage-store.ts';
import { ProposerStore } from '../../renderer/suggest/proposer-store.ts';
import { addPassageComment } from '../../src/provenance/comments.ts';
import { openSuggestionFor } from '../../src/suggest/store.ts';

describe('the editor’s stores', () => {
  it('does not read the blocks while a delegate types or their history is written, and does when a block is added', () => {
    const doc = new Y.Doc();
    initWorkspace(doc, 'Gutter');
    const org = addOrganization(doc, { name: 'Workers', short: 'WRK' });
    const as = { actor: () => ({ org: org.id, delegate: 'Ana' }) };
    const id = editConstitution(doc, (editor) => insertBlock(editor, 'clause', undefined, 'Every member has one vote.'), as);
    const store = new GutterStore(doc);
    let reads = 0;
    const stop = store.watch(() => {
      reads += 1;
      return readBlocks(doc);
    });
    expect(store.of(id).chips.map((chip) => chip.short)).toEqual(['WRK']);

    reads = 0;
    // Each call types one key and writes the delegate's history (editConstitution flushes it).
    for (const key of ' Always.') editConstitution(doc, (editor) => Transforms.insertText(editor, key, { at: Editor.end(editor, [1]) }), as);
    expect(readBlocks(doc)[1]?.text).toBe('Every member has one vote. Always.');
    expect(reads).toBe(0);

    const added = editConstitution(doc, (editor) => insertBlock(editor, 'clause', id, 'A second clause.'), as);
    expect(reads).toBeGreaterThan(0);
    expect(store.of(added).chips.map((chip) => chip.short)).toEqual(['WRK']);
    stop();
  });

  it('renumbers after structural changes and typing in headings, not after typing in clauses', () => {
    const editor = createEditor();
    const blocks: Descendant[] = [
      { type: 'article', id: 'a', children: [{ text: 'Members' }] },
      { type: 'clause', id: 'c', children: [{ text: 'Each has a vote.' }] },
    ];
    editor.children = blocks;
    const renumbers = (change: () => void): boolean => {
      editor.operations = [];
      change();
      return changesNumbering(editor);
    };
    expect(renumbers(() => Transforms.insertText(editor, 'x', { at: Editor.end(editor, [1]) }))).toBe(false);
    expect(renumbers(() => Transforms.delete(editor, { at: Editor.start(editor, [1]) }))).toBe(false);
    expect(renumbers(() => Transforms.select(editor, Editor.start(editor, [1])))).toBe(false);
    expect(renumbers(() => Transforms.insertText(editor, 'x', { at: Editor.end(editor, [0]) }))).toBe(true);
    expect(renumbers(() => Transforms.setNodes(editor, { type: 'section' }, { at: [1] }))).toBe(true);
    expect(renumbers(() => Transforms.splitNodes(editor, { at: Editor.start(editor, [1]), always: true }))).toBe(true);
  });

  it('counts the parliament once edits pause, or 3 s into a stream of them, never at every key', async () => {
    vi.useFakeTimers();
    const doc = new Y.Doc();
    initWorkspace(doc, 'Parliament');
    const store = new ParliamentStore(
      doc,
      () => Promise.reject(new Error('no key on this computer')),
      () => false,
    );
    const refresh = vi.spyOn(store, 'refresh').mockResolvedValue(undefined);
    const stop = store.watch();
    refresh.mockClear();
    const edit = (): void => void doc.getMap('meta').set('note', Math.random());
    // A delegate typing a key every 150 ms for 2 s: no count until they pause.
    for (let i = 0; i < 13; i += 1) {
      edit();
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(refresh).toHaveBeenCalledTimes(1);
    // A stream that never pauses (a busy meeting, a hostile peer): counted anyway, every 3 s or so.
    refresh.mockClear();
    for (let i = 0; i < 60; i += 1) {
      edit();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(refresh.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(refresh.mock.calls.length).toBeLessThanOrEqual(3);
    stop();
  });

  it('wakes the margin when the cursor moves to another block or its text changes, not otherwise', () => {
    const store = new CurrentBlockStore();
    let wakes = 0;
    const stop = store.subscribe(() => (wakes += 1));
    store.set({ id: 'a', type: 'clause', text: 'One.' });
    store.set({ id: 'a', type: 'clause', text: 'One.' });
    expect(wakes).toBe(1);
    store.set({ id: 'a', type: 'clause', text: 'One. Two.' });
    store.set({ id: 'b', type: 'clause', text: 'One. Two.' });
    store.set(undefined);
    store.set(undefined);
    expect(wakes).toBe(4);
    expect(store.get()).toBeUndefined();
    stop();
  });

  it('redecorates for comments on passages only when the comments change, and finds the passage where typing moved it', () => {
    const doc = new Y.Doc();
    initWorkspace(doc, 'Passages');
    const id = editConstitution(doc, (editor) => insertBlock(editor, 'clause', undefined, 'Every member has one vote.'));
    const store = new PassageStore(doc);
    const stop = store.watch();
    const before = store.decorator();
    const type = (at: number, key: string): void => editConstitution(doc, (editor) => Transforms.insertText(editor, key, { at: { path: [1, 0], offset: at } }));
    [...'Always: '].forEach((key, i) => type(i, key));
    expect(store.decorator()).toBe(before);
    addPassageComment(doc, id, 'Always: Every member has '.length, 'Always: Every member has one vote'.length, 'One?', { org: '', delegate: 'Ana' });
    const after = store.decorator();
    expect(after).not.toBe(before);
    type(0, '§ ');
    expect(store.decorator()).toBe(after);
    const editor = createEditor();
    const text = readBlocks(doc)[1]?.text ?? '';
    editor.children = readBlocks(doc).map((b): Descendant => ({ type: b.type, id: b.id, children: [{ text: b.text }] }));
    const [range, ...more] = store.decorate(editor, [{ text }, [1, 0]]);
    expect(more).toEqual([]);
    expect(text.slice(range?.anchor.offset, range?.focus.offset)).toBe('one vote');
    stop();
  });

  it('tells a suggestion’s words of their proposer’s colour once, and again only when it changes', () => {
    const doc = new Y.Doc();
    initWorkspace(doc, 'Colours');
    const org = addOrganization(doc, { name: 'Workers', short: 'WRK', colour: '#aa0000' });
    const store = new ProposerStore(doc);
    const stop = store.watch();
    const id = openSuggestionFor(doc, 'c1', { org: org.id, delegate: 'Ana' }, new Date());
    expect(store.of(id)).toEqual({ colour: '#aa0000', name: 'WRK · Ana' });
    let woken = 0;
    store.subscribe(id, () => (woken += 1));
    editConstitution(doc, (editor) => insertBlock(editor, 'clause', undefined, 'Typing elsewhere.'));
    openSuggestionFor(doc, 'c1', { org: org.id, delegate: 'Ana' }, new Date());
    expect(woken).toBe(0);
    updateOrganization(doc, org.id, { colour: '#0000aa' });
    expect(woken).toBe(1);
    expect(store.of(id).colour).toBe('#0000aa');
    stop();
  });
});

afterEach(() => {
  vi.useRealTimers();
});
