/** Structural edits of the constitution: numbering, moves of articles/sections/clauses, inserts, deletes. */
import { i18n } from '../../src/i18n/i18n.ts';
import { describe, expect, it } from 'vitest';
import { editConstitution, readBlocks } from '../../src/constitution/document.ts';
import { numberBlocks, outline, toRoman } from '../../src/constitution/numbering.ts';
import { canMove, deleteBlock, insertAtCursor, insertBlock, moveBlock, moveBlockTo, setBlockText, setBlockType } from '../../src/constitution/structure.ts';
import type { BlockType } from '../../src/constitution/schema.ts';
import { idByText, specOf, workspaceWith } from './core-helpers.ts';

const EN = i18n.getFixedT('en', 'core');

const DRAFT = [
  'preamble:We unite.',
  'article:Name',
  'clause:n1',
  'article:Membership',
  'clause:m0',
  'section:Admission',
  'clause:a1',
  'clause:a2',
  'section:Expulsion',
  'clause:e1',
  'article:Decisions',
  'clause:d1',
];

describe('numbering', () => {
  it('writes Roman numerals', () => {
    expect([1, 4, 9, 14, 40, 90, 400, 1994, 3999].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'XC', 'CD', 'MCMXCIV', 'MMMCMXCIX']);
    expect(toRoman(0)).toBe('0');
  });

  it('numbers articles, sections within articles, clauses within sections', () => {
    const labels = numberBlocks(readBlocks(workspaceWith(DRAFT)), EN).map((b) => b.label);
    expect(labels).toEqual(['', 'Article I', '(1)', 'Article II', '(1)', 'Section 1', '(1)', '(2)', 'Section 2', '(1)', 'Article III', '(1)']);
  });

  it('gives an outline of articles and sections', () => {
    expect(outline(readBlocks(workspaceWith(DRAFT)), EN).map((e) => `${e.label} ${e.title}`)).toEqual([
      'Article I Name',
      'Article II Membership',
      'Section 1 Admission',
      'Section 2 Expulsion',
      'Article III Decisions',
    ]);
  });
});

describe('moving', () => {
  function moved(text: string, direction: 'up' | 'down', spec = DRAFT): string[] {
    const doc = workspaceWith(spec);
    const id = idByText(doc, text);
    editConstitution(doc, (editor) => moveBlock(editor, id, direction));
    return specOf(doc).map((line) => line.split(':')[1] ?? '');
  }
  const texts = DRAFT.map((line) => line.split(':')[1]);

  it('moves a heading one place: past the clause above or below it, which changes sides', () => {
    expect(moved('Membership', 'up')).toEqual(['We unite.', 'Name', 'Membership', 'n1', 'm0', 'Admission', 'a1', 'a2', 'Expulsion', 'e1', 'Decisions', 'd1']);
    expect(moved('Membership', 'down')).toEqual(['We unite.', 'Name', 'n1', 'm0', 'Membership', 'Admission', 'a1', 'a2', 'Expulsion', 'e1', 'Decisions', 'd1']);
    expect(moved('Admission', 'up')).toEqual(['We unite.', 'Name', 'n1', 'Membership', 'Admission', 'm0', 'a1', 'a2', 'Expulsion', 'e1', 'Decisions', 'd1']);
    expect(moved('Expulsion', 'up')).toEqual(['We unite.', 'Name', 'n1', 'Membership', 'm0', 'Admission', 'a1', 'Expulsion', 'a2', 'e1', 'Decisions', 'd1']);
    expect(moved('Expulsion', 'down')).toEqual(['We unite.', 'Name', 'n1', 'Membership', 'm0', 'Admission', 'a1', 'a2', 'e1', 'Expulsion', 'Decisions', 'd1']);
  });

  it('moves a new empty section at the end of an article above the last clause, not into the article before', () => {
    const spec = ['article:First', 'clause:f1', 'article:Second', 'clause:s1', 'clause:s2', 'section:New'];
    expect(moved('New', 'up', spec)).toEqual(['First', 'f1', 'Second', 's1', 'New', 's2']);
    expect(moved('New', 'up', ['article:First', 'clause:f1', 'article:Second', 'section:New'])).toEqual(['First', 'f1', 'New', 'Second']);
  });

  it('does not move the first article up past the preamble', () => {
    expect(moved('Name', 'up')).toEqual(texts);
  });

  it('moves a heading with everything under it past a neighbouring heading', () => {
    const spec = ['article:Name', 'clause:n1', 'article:Membership', 'section:Empty', 'section:Admission', 'clause:a1', 'article:Decisions', 'section:Only', 'clause:d1'];
    expect(moved('Admission', 'up', spec)).toEqual(['Name', 'n1', 'Membership', 'Admission', 'a1', 'Empty', 'Decisions', 'Only', 'd1']);
    expect(moved('Empty', 'up', spec)).toEqual(['Name', 'n1', 'Empty', 'Membership', 'Admission', 'a1', 'Decisions', 'Only', 'd1']);
    expect(moved('Membership', 'down', spec)).toEqual(['Name', 'n1', 'Decisions', 'Only', 'd1', 'Membership', 'Empty', 'Admission', 'a1']);
    expect(moved('Empty', 'down', spec)).toEqual(['Name', 'n1', 'Membership', 'Admission', 'a1', 'Empty', 'Decisions', 'Only', 'd1']);
  });

  it('moves clauses one step, across headings at the edges', () => {
    expect(moved('a2', 'up')).toEqual(['We unite.', 'Name', 'n1', 'Membership', 'm0', 'Admission', 'a2', 'a1', 'Expulsion', 'e1', 'Decisions', 'd1']);
    expect(moved('a1', 'up')).toEqual(['We unite.', 'Name', 'n1', 'Membership', 'm0', 'a1', 'Admission', 'a2', 'Expulsion', 'e1', 'Decisions', 'd1']);
    expect(moved('a2', 'down')).toEqual(['We unite.', 'Name', 'n1', 'Membership', 'm0', 'Admission', 'a1', 'Expulsion', 'a2', 'e1', 'Decisions', 'd1']);
    expect(moved('d1', 'down')).toEqual(texts);
  });

  it('keeps every id through a move', () => {
    const doc = workspaceWith(DRAFT);
    const before = new Map(readBlocks(doc).map((b) => [b.text, b.id]));
    editConstitution(doc, (editor) => moveBlock(editor, idByText(doc, 'Membership'), 'down'));
    for (const block of readBlocks(doc)) expect(block.id).toBe(before.get(block.text));
  });

  it('drags a span before or after any block, but not into itself', () => {
    const doc = workspaceWith(DRAFT);
    const admission = idByText(doc, 'Admission');
    editConstitution(doc, (editor) => {
      expect(moveBlockTo(editor, admission, idByText(doc, 'a2'), 'after')).toBe(false);
      expect(moveBlockTo(editor, admission, idByText(doc, 'd1'), 'after')).toBe(true);
    });
    expect(specOf(doc).slice(-5)).toEqual(['article:Decisions', 'clause:d1', 'section:Admission', 'clause:a1', 'clause:a2']);
  });

  it('says when a block can move', () => {
    const doc = workspaceWith(DRAFT);
    editConstitution(doc, (editor) => {
      expect(canMove(editor, idByText(doc, 'We unite.'), 'up')).toBe(false);
      expect(canMove(editor, idByText(doc, 'Name'), 'up')).toBe(false);
      expect(canMove(editor, idByText(doc, 'Name'), 'down')).toBe(true);
      expect(canMove(editor, 'no-such-id', 'down')).toBe(false);
    });
  });
});

describe('inserting, deleting, retyping', () => {
  it('inserts a clause right after the cursor block, a section at the end of the article, an article at the end of the article', () => {
    const doc = workspaceWith(DRAFT);
    editConstitution(doc, (editor) => {
      insertBlock(editor, 'clause', idByText(doc, 'a1'), 'new clause');
      insertBlock(editor, 'section', idByText(doc, 'a1'), 'new section');
      insertBlock(editor, 'article', idByText(doc, 'a1'), 'new article');
    });
    expect(specOf(doc).slice(5)).toEqual([
      'section:Admission',
      'clause:a1',
      'clause:new clause',
      'clause:a2',
      'section:new section',
      'section:Expulsion',
      'clause:e1',
      'article:new article',
      'article:Decisions',
      'clause:d1',
    ]);
  });

  /** The constitution's texts after + `type` with the cursor in the block `text` (at its start or not). */
  function insertedAt(spec: readonly string[], type: BlockType, text: string | undefined, atStart = false): string[] {
    const doc = workspaceWith(spec);
    const cursor = text === undefined ? undefined : { id: idByText(doc, text), atStart };
    editConstitution(doc, (editor) => insertAtCursor(editor, type, cursor, 'NEW'));
    return specOf(doc);
  }

  it('+ Article and + Section insert at the cursor and carry the clauses after it', () => {
    const spec = ['preamble:We unite.', 'article:Membership', 'clause:m1', 'clause:m2', 'clause:m3', 'article:Decisions', 'clause:d1'];
    expect(insertedAt(spec, 'article', 'm1')).toEqual([
      'preamble:We unite.',
      'article:Membership',
      'clause:m1',
      'article:NEW',
      'clause:m2',
      'clause:m3',
      'article:Decisions',
      'clause:d1',
    ]);
    expect(insertedAt(spec, 'section', 'm2')).toEqual([
      'preamble:We unite.',
      'article:Membership',
      'clause:m1',
      'clause:m2',
      'section:NEW',
      'clause:m3',
      'article:Decisions',
      'clause:d1',
    ]);
    // The cursor before a clause's first word: the heading goes before that clause, which it then holds.
    expect(insertedAt(spec, 'section', 'm2', true)).toEqual([
      'preamble:We unite.',
      'article:Membership',
      'clause:m1',
      'section:NEW',
      'clause:m2',
      'clause:m3',
      'article:Decisions',
      'clause:d1',
    ]);
    // In an article's heading, a new section takes its clauses; in the preamble, an article goes after it.
    expect(insertedAt(spec, 'section', 'Membership')).toEqual([
      'preamble:We unite.',
      'article:Membership',
      'section:NEW',
      'clause:m1',
      'clause:m2',
      'clause:m3',
      'article:Decisions',
      'clause:d1',
    ]);
    expect(insertedAt(spec, 'article', 'We unite.', true).slice(0, 2)).toEqual(['preamble:We unite.', 'article:NEW']);
  });

  it('a heading on a heading of its own rank goes after that one’s span; an article on a section goes before it', () => {
    const spec = ['article:A', 'section:S1', 'clause:s1', 'section:S2', 'clause:s2', 'article:B'];
    expect(insertedAt(spec, 'section', 'S1')).toEqual(['article:A', 'section:S1', 'clause:s1', 'section:NEW', 'section:S2', 'clause:s2', 'article:B']);
    expect(insertedAt(spec, 'article', 'A')).toEqual(['article:A', 'section:S1', 'clause:s1', 'section:S2', 'clause:s2', 'article:NEW', 'article:B']);
    expect(insertedAt(spec, 'article', 'S2')).toEqual(['article:A', 'section:S1', 'clause:s1', 'article:NEW', 'section:S2', 'clause:s2', 'article:B']);
  });

  it('keeps a clause’s sub-clauses with it, and + Clause in a sub-clause adds the next sub-clause', () => {
    const spec = ['article:A', 'clause:c1', 'sub:c1a', 'subsub:c1ai', 'clause:c2'];
    expect(insertedAt(spec, 'article', 'c1')).toEqual(['article:A', 'clause:c1', 'sub:c1a', 'subsub:c1ai', 'article:NEW', 'clause:c2']);
    expect(insertedAt(spec, 'clause', 'c1a')).toEqual(['article:A', 'clause:c1', 'sub:c1a', 'subsub:c1ai', 'sub:NEW', 'clause:c2']);
    expect(insertedAt(spec, 'clause', 'c1ai')).toEqual(['article:A', 'clause:c1', 'sub:c1a', 'subsub:c1ai', 'subsub:NEW', 'clause:c2']);
    expect(insertedAt(spec, 'section', undefined).at(-1)).toBe('section:NEW');
  });

  it('inserts at the end when there is no cursor block, with fresh unique ids', () => {
    const doc = workspaceWith(['preamble:x']);
    editConstitution(doc, (editor) => {
      insertBlock(editor, 'article', undefined, 'A');
      insertBlock(editor, 'article', undefined, 'B');
    });
    const ids = readBlocks(doc).map((b) => b.id);
    expect(specOf(doc)).toEqual(['preamble:x', 'article:A', 'article:B']);
    expect(new Set(ids).size).toBe(3);
  });

  it('deletes an article with its span, and never leaves the document empty', () => {
    const doc = workspaceWith(DRAFT);
    editConstitution(doc, (editor) => deleteBlock(editor, idByText(doc, 'Membership')));
    expect(specOf(doc)).toEqual(['preamble:We unite.', 'article:Name', 'clause:n1', 'article:Decisions', 'clause:d1']);
    const single = workspaceWith(['article:Only']);
    editConstitution(single, (editor) => deleteBlock(editor, idByText(single, 'Only')));
    expect(specOf(single)).toEqual(['preamble:']);
  });

  it('changes a block type and replaces its text, keeping its id', () => {
    const doc = workspaceWith(DRAFT);
    const id = idByText(doc, 'a2');
    editConstitution(doc, (editor) => {
      setBlockType(editor, id, 'section');
      setBlockText(editor, id, 'Readmission');
    });
    expect(readBlocks(doc).find((b) => b.id === id)).toEqual({ id, type: 'section', text: 'Readmission' });
  });
});
