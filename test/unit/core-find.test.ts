/** Find in the constitution (src/constitution/find.ts), replacing (replace.ts), its keys (renderer/editor/shortcuts.ts) and plain text pasted (paste.ts). */
import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { editConstitution, readBlocks } from '../../src/constitution/document.ts';
import { findMatches, splitLocked, type FindOptions } from '../../src/constitution/find.ts';
import { insertPastedText, pastedLines } from '../../src/constitution/paste.ts';
import { replaceMatches } from '../../src/constitution/replace.ts';
import { findShortcutFor } from '../../renderer/editor/shortcuts.ts';
import type { Block } from '../../src/constitution/schema.ts';
import { clauseProvenance } from '../../src/provenance/resolve.ts';
import { idByText, specOf, workspaceWith } from './core-helpers.ts';

const ANY: FindOptions = { matchCase: false, wholeWord: false };
const blocks = (...texts: string[]): Block[] => texts.map((text, i) => ({ id: `b${i}`, type: 'clause', text }));
/** The matched texts, as "block:text". */
function found(texts: string[], query: string, options: FindOptions = ANY): string[] {
  return findMatches(blocks(...texts), query, options).map((m) => `${m.block}:${texts[m.block]?.slice(m.start, m.end)}`);
}

describe('find', () => {
  it('finds every match in document order, across blocks', () => {
    expect(found(['The Assembly meets.', 'No match here.', 'assembly, ASSEMBLY'], 'assembly')).toEqual(['0:Assembly', '2:assembly', '2:ASSEMBLY']);
  });

  it('matches case only when asked', () => {
    expect(found(['Assembly assembly'], 'Assembly', { matchCase: true, wholeWord: false })).toEqual(['0:Assembly']);
  });

  it('folds case in every script', () => {
    expect(found(['ÉLECTION élection'], 'élection')).toEqual(['0:ÉLECTION', '0:élection']);
    expect(found(['СОБРАНИЕ Собрание собрание'], 'собрание')).toEqual(['0:СОБРАНИЕ', '0:Собрание', '0:собрание']);
    expect(found(['ÜBER über'], 'über')).toEqual(['0:ÜBER', '0:über']);
  });

  it('finds whole words only when asked, whatever the script', () => {
    const whole = { matchCase: false, wholeWord: true };
    // Spanish: "ley" is not inside "leyes" nor "ley" preceded by an accented letter; "año" is a word before a comma.
    expect(found(['La ley, las leyes, el año, la añoranza'], 'ley', whole)).toEqual(['0:ley']);
    expect(found(['el año, la añoranza'], 'año', whole)).toEqual(['0:año']);
    // German: "Straße" inside "Straßenbahn" is not a whole word; "Mitglied" before "er" in "Mitglieder" neither.
    expect(found(['Die Straße und die Straßenbahn', 'Mitglied, Mitglieder'], 'straße', whole)).toEqual(['0:Straße']);
    expect(found(['Mitglied, Mitglieder'], 'Mitglied', whole)).toEqual(['0:Mitglied']);
    // Russian: "закон" is not inside "законы" or "подзакон".
    expect(found(['закон, законы, подзакон', 'Закон.'], 'закон', whole)).toEqual(['0:закон', '1:Закон']);
    // A letter with a combining accent is still inside a word.
    expect(found(['cafe\u0301 cafe'], 'cafe', whole)).toEqual(['0:cafe']);
    // Without whole word, the word inside others is found.
    expect(found(['закон, законы'], 'закон')).toHaveLength(2);
  });

  it('never overlaps matches: left to right, as a word processor', () => {
    expect(findMatches(blocks('aaaa', 'aaa'), 'aa', ANY).map((m) => [m.block, m.start, m.end])).toEqual([
      [0, 0, 2],
      [0, 2, 4],
      [1, 0, 2],
    ]);
  });

  it('finds nothing for an empty query', () => {
    expect(found(['anything'], '')).toEqual([]);
  });

  it('takes pattern characters literally', () => {
    expect(found(['Article (1) costs $5.00 [sic] a+b* ^x|y \\n {2} /s/ a-b', 'a.b axb'], '(1)')).toEqual(['0:(1)']);
    for (const literal of ['$5.00', '[sic]', 'a+b*', '^x|y', '\\n', '{2}', '/s/', 'a-b'])
      expect(found(['Article (1) costs $5.00 [sic] a+b* ^x|y \\n {2} /s/ a-b'], literal)).toEqual([`0:${literal}`]);
    expect(found(['a.b axb'], 'a.b')).toEqual(['0:a.b']);
  });

  it('counts offsets as Slate does (UTF-16), past emoji and astral letters', () => {
    const [match] = findMatches(blocks('🙂 𝐀 vote'), 'vote', ANY);
    expect(match && [match.start, match.end]).toEqual([6, 10]);
  });

  it('tells the matches in locked blocks from the others', () => {
    const matches = findMatches(blocks('vote', 'vote vote', 'vote'), 'vote', ANY);
    const split = splitLocked(matches, new Set(['b1']));
    expect(split.editable.map((m) => m.block)).toEqual([0, 2]);
    expect(split.locked.map((m) => m.block)).toEqual([1, 1]);
  });
});

describe('pasting plain text', () => {
  it('makes a block of each line with something on it; blank lines only separate', () => {
    expect(pastedLines('P1\n\nP2\n\nP3')).toEqual(['P1', 'P2', 'P3']);
    expect(pastedLines('\r\n  P1  \r\n\r\n\tP2\r\rP3\n\n\n')).toEqual(['P1', 'P2', 'P3']);
    expect(pastedLines('\n \n')).toEqual([]);
  });

  it('gives three clauses for "P1\\n\\nP2\\n\\nP3" in an empty clause, each drafted here, not copied', () => {
    const doc = workspaceWith(['article:Membership', 'clause:']);
    editConstitution(
      doc,
      (editor) => {
        Transforms.select(editor, Editor.start(editor, [1]));
        insertPastedText(editor, 'P1\n\nP2\n\nP3');
      },
      { actor: () => ({ org: 'o_psl', delegate: 'Ana' }) },
    );
    expect(specOf(doc)).toEqual(['article:Membership', 'clause:P1', 'clause:P2', 'clause:P3']);
    for (const text of ['P1', 'P2', 'P3']) {
      const provenance = clauseProvenance(doc, idByText(doc, text));
      expect(provenance?.created.how, text).toBe('drafted');
      expect(provenance?.draftedBy, text).toBe('o_psl');
    }
    expect(new Set(readBlocks(doc).map((b) => b.id)).size).toBe(4);
  });

  it('after a heading, the lines that follow become clauses', () => {
    const doc = workspaceWith(['article:']);
    editConstitution(doc, (editor) => {
      Transforms.select(editor, Editor.start(editor, [0]));
      insertPastedText(editor, 'Membership\n\nAny organization may join.\nEach has one vote.');
    });
    expect(specOf(doc)).toEqual(['article:Membership', 'clause:Any organization may join.', 'clause:Each has one vote.']);
  });

  it('inserts a single line as typed, spaces included', () => {
    const doc = workspaceWith(['clause:We unite.']);
    editConstitution(doc, (editor) => {
      Transforms.select(editor, Editor.end(editor, [0]));
      insertPastedText(editor, ' Now.');
    });
    expect(specOf(doc)).toEqual(['clause:We unite. Now.']);
  });
});

describe('replace', () => {
  it('replaces every match given, several in one block, shorter, longer or by nothing', () => {
    const doc = workspaceWith(['clause:vote and vote again', 'clause:no match', 'clause:The vote.']);
    const replaced = editConstitution(doc, (editor) => replaceMatches(editor, findMatches(readBlocks(doc), 'VOTE', ANY), 'ballot'));
    expect(replaced).toBe(3);
    expect(specOf(doc)).toEqual(['clause:ballot and ballot again', 'clause:no match', 'clause:The ballot.']);
    editConstitution(doc, (editor) => replaceMatches(editor, findMatches(readBlocks(doc), 'ballot ', ANY), ''));
    expect(specOf(doc)).toEqual(['clause:and again', 'clause:no match', 'clause:The ballot.']);
  });

  it('leaves alone a match whose block moved or lost the text since it was found', () => {
    const doc = workspaceWith(['clause:vote', 'clause:vote here']);
    const stale = findMatches(readBlocks(doc), 'here', ANY);
    editConstitution(doc, (editor) => Transforms.delete(editor, { at: { anchor: { path: [1, 0], offset: 4 }, focus: { path: [1, 0], offset: 9 } } }));
    expect(editConstitution(doc, (editor) => replaceMatches(editor, stale, 'there'))).toBe(0);
    expect(specOf(doc)).toEqual(['clause:vote', 'clause:vote']);
  });
});

describe('the find keys', () => {
  const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
    findShortcutFor({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

  it('Ctrl or Cmd+F finds, Ctrl+H (Cmd+Alt+F) replaces, F3 and Ctrl/Cmd+G move, with Shift backwards', () => {
    expect([press('f', { ctrlKey: true }), press('F', { metaKey: true }), press('h', { ctrlKey: true }), press('f', { metaKey: true, altKey: true })]).toEqual([
      'find',
      'find',
      'replace',
      'replace',
    ]);
    expect([press('F3'), press('F3', { shiftKey: true }), press('g', { metaKey: true }), press('G', { ctrlKey: true, shiftKey: true })]).toEqual([
      'find-next',
      'find-previous',
      'find-next',
      'find-previous',
    ]);
  });

  it('leaves typing and other shortcuts alone', () => {
    expect([
      press('f'),
      press('h'),
      press('F', { shiftKey: true }),
      press('f', { ctrlKey: true, shiftKey: true }),
      press('z', { ctrlKey: true }),
      press('F3', { ctrlKey: true }),
    ]).toEqual([null, null, null, null, null, null]);
  });
});
