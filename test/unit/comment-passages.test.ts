/**
 * Comments on a passage: the anchors (Yjs relative positions) keep the passage's words through edits
 * around and inside it, on another replica too; a passage whose words were all deleted, or whose clause
 * was deleted, says so; damaged anchors read as a passage not found; comments on a whole clause still work.
 */
import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editConstitution } from '../../src/constitution/document.ts';
import { deleteBlock } from '../../src/constitution/structure.ts';
import { addComment, addPassageComment, threadsOf } from '../../src/provenance/comments.ts';
import { locatePassage, type PassagePlace } from '../../src/provenance/passage.ts';
import { errorCode, idByText, link, workspaceWith } from './core-helpers.ts';

const ANA = { org: 'o_deb', delegate: 'Ana' };
const TEXT = 'Members meet once a year in the capital.';

function setup() {
  const doc = workspaceWith(['article:General', `clause:${TEXT}`]);
  const clause = idByText(doc, TEXT);
  const start = TEXT.indexOf('once a year');
  const comment = addPassageComment(doc, clause, start, start + 'once a year'.length, 'Too rarely.', ANA);
  return { doc, clause, comment };
}

function where(doc: Y.Doc, clause: string): { place: PassagePlace; words: string } {
  const [thread] = threadsOf(doc, clause);
  const passage = thread?.root.passage;
  if (!passage) throw new Error('no passage');
  const place = locatePassage(doc, clause, passage.from, passage.to);
  const text = editConstitution(doc, (editor) => Editor.string(editor, [1]));
  return { place, words: place.deleted ? '' : text.slice(place.start, place.end) };
}

/** Edit the clause's text on `doc`: insert `text` at `offset`, or delete `length` characters there. */
function edit(doc: Y.Doc, offset: number, change: { insert: string } | { delete: number }): void {
  editConstitution(doc, (editor) => {
    const at = { path: [1, 0], offset };
    if ('insert' in change) Transforms.insertText(editor, change.insert, { at });
    else Transforms.delete(editor, { at, distance: change.delete, unit: 'character' });
  });
}

describe('comments on a passage', () => {
  it('anchors a comment to its words and keeps its words as they were', () => {
    const { doc, clause, comment } = setup();
    expect(comment.passage?.quote).toBe('once a year');
    expect(where(doc, clause).words).toBe('once a year');
  });

  it('keeps the passage through edits before, after and inside it, made on another replica', () => {
    const { doc, clause } = setup();
    const peer = new Y.Doc();
    link(doc, peer);
    edit(peer, 0, { insert: 'All ' });
    edit(peer, 'All Members meet once a year'.length, { insert: ', in spring,' });
    edit(peer, 'All Members meet once'.length, { insert: ' or twice' });
    edit(doc, 'All Members meet '.length - 1, { delete: 1 });
    expect(where(doc, clause).words).toBe('once or twice a year');
    expect(where(peer, clause).words).toBe('once or twice a year');
    // Typing right before or right after the passage stays outside it.
    edit(doc, 'All Membersmeet '.length, { insert: 'only ' });
    expect(where(doc, clause).words).toBe('once or twice a year');
  });

  it('says the passage was deleted when its words are all gone, or its clause is', () => {
    const { doc, clause } = setup();
    edit(doc, TEXT.indexOf('once a year'), { delete: 'once a year'.length });
    expect(where(doc, clause).place).toEqual({ deleted: true });
    const other = setup();
    editConstitution(other.doc, (editor) => deleteBlock(editor, other.clause));
    const [thread] = threadsOf(other.doc, other.clause);
    const passage = thread?.root.passage;
    expect(passage && locatePassage(other.doc, other.clause, passage.from, passage.to)).toEqual({ deleted: true });
  });

  it('reads damaged anchors as a passage not found, and refuses a passage outside the clause', () => {
    const { doc, clause, comment } = setup();
    const map = doc.getMap('comments').get(comment.id);
    if (!(map instanceof Y.Map)) throw new Error('no comment');
    map.set('from', new Uint8Array([255, 255, 255]));
    map.set('to', 'not bytes');
    const [thread] = threadsOf(doc, clause);
    const passage = thread?.root.passage;
    expect(passage && locatePassage(doc, clause, passage.from, passage.to)).toEqual({ deleted: true });
    expect(errorCode(() => addPassageComment(doc, clause, 5, 500, 'x', ANA))).toBe('comment.no-passage');
    expect(errorCode(() => addPassageComment(doc, 'nope', 0, 3, 'x', ANA))).toBe('comment.no-passage');
  });

  it('keeps comments on a whole clause as they were', () => {
    const { doc, clause } = setup();
    addComment(doc, clause, 'On the whole clause.', ANA, new Date(Date.now() + 1000));
    const threads = threadsOf(doc, clause);
    expect(threads.map((t) => [t.root.text, t.root.passage === undefined])).toEqual([
      ['Too rarely.', false],
      ['On the whole clause.', true],
    ]);
  });
});
