/**
 * Edits respect a vote, in the core: which blocks each open vote covers, the editing commands held before
 * they would void a vote (and made, or dropped, as the delegate decides), and the void naming who changed
 * the text by the edit history — including a history a hostile peer filled with garbage.
 */
import { YjsEditor } from '@slate-yjs/core';
import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import type * as Y from 'yjs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeWorkspaceFile } from '../../src/file/format.ts';
import { bindEditor, editConstitution, readBlocks } from '../../src/constitution/document.ts';
import { selectBlock, setBlockText, insertBlock } from '../../src/constitution/structure.ts';
import { recordSnapshot } from '../../src/provenance/history.ts';
import { entryArray } from '../../src/provenance/store.ts';
import { castVote, closeMotion, openMotion } from '../../src/ratify/actions.ts';
import { readParliament } from '../../src/ratify/parliament.ts';
import { summarizeParliament } from '../../src/ratify/summary.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { firstChange, voidWords } from '../../src/ratify/void-cause.ts';
import { needsCheckedInput, openVotesOver, withVoteGuard, type HeldEdit } from '../../src/ratify/vote-guard.ts';
import { concord, tempDir } from './cli-helpers.ts';
import { idByText } from './core-helpers.ts';
import { at, coalition, key, type Coalition } from './ratify-helpers.ts';

const EN = i18n.getFixedT('en', 'core');

const JOIN = 'Any organization that accepts these principles may join.';
const DELEGATE = 'Each member organization sends one delegate.';
const DECIDE = 'Decisions are taken by the parliament of delegates.';
const CARLA = { org: '', delegate: 'Carla' };

/** A coalition where `kind` is open on the clause about delegates (or its article), opened now. */
async function underVote(kind: 'clause' | 'article' | 'constitution' = 'clause'): Promise<{ c: Coalition; motion: string; clause: string }> {
  const c = await coalition(3);
  const clause = idByText(c.doc, DELEGATE);
  const target = kind === 'clause' ? clause : kind === 'article' ? idByText(c.doc, 'Membership') : 'constitution';
  const motion = await openMotion(c.doc, key(c, 0), { kind, target, closesAt: new Date(Date.now() + 3_600_000) }, new Date(Date.now() - 60_000));
  return { c, motion, clause };
}

/** The app's editor, headless: bound to the workspace, guarded by the parliament as it stands; `asked` collects held edits. */
function guardedEditor(doc: Y.Doc): { editor: Editor; asked: HeldEdit[]; flush(): void } {
  const asked: HeldEdit[] = [];
  const editor = withVoteGuard(bindEditor(createEditor(), doc, { actor: () => ({ ...CARLA, org: readParliament(doc).members[1]?.org ?? '' }) }), {
    votes: () => openVotesOver(readParliament(doc)),
    ask: (edit) => asked.push(edit),
  });
  YjsEditor.connect(editor);
  return { editor, asked, flush: () => YjsEditor.flushLocalChanges(editor) };
}

function caret(editor: Editor, id: string, offset: number | 'end'): void {
  selectBlock(editor, id);
  const index = editor.children.findIndex((n: Descendant) => 'id' in n && n.id === id);
  const point = offset === 'end' ? Editor.end(editor, [index]) : { path: [index, 0], offset };
  Transforms.select(editor, point);
}

const text = (doc: Y.Doc, id: string): string | undefined => readBlocks(doc).find((b) => b.id === id)?.text;

describe('which blocks an open vote covers', () => {
  it('a clause motion its clause; an article motion the heading and every clause under it; none once ratified', async () => {
    const clause = await underVote('clause');
    expect([...openVotesOver(readParliament(clause.c.doc)).keys()]).toEqual([clause.clause]);
    const article = await underVote('article');
    const covered = [...openVotesOver(readParliament(article.c.doc)).keys()].map((id) => text(article.c.doc, id));
    expect(covered).toEqual(['Membership', JOIN, DELEGATE]);
    for (const [i] of article.c.keys.entries()) await castVote(article.c.doc, key(article.c, i), article.motion, 'yes');
    await closeMotion(article.c.doc, key(article.c, 0), article.motion);
    expect(openVotesOver(readParliament(article.c.doc)).size).toBe(0);
  });
});

describe('an edit that would void a vote is held until the delegate decides', () => {
  it('typing is held and asked about; dropped, the text is exactly as it was; made, it goes through, and further edits are not asked about', async () => {
    const { c, motion, clause } = await underVote();
    const { editor, asked, flush } = guardedEditor(c.doc);
    caret(editor, clause, 5);
    // The browser must not draw a letter typed here itself: it may be held.
    expect(needsCheckedInput(editor)).toBe(true);
    editor.insertText('X');
    flush();
    expect(text(c.doc, clause)).toBe(DELEGATE);
    expect(asked.map((a) => [a.block, a.votes])).toEqual([[clause, [{ motion, kind: 'clause' }]]]);
    // While the question is open, further edits under the vote are dropped, not queued.
    editor.insertText('Q');
    expect(asked).toHaveLength(1);
    asked[0]?.drop();
    flush();
    expect(text(c.doc, clause)).toBe(DELEGATE);
    expect(readParliament(c.doc).motions.find((m) => m.id === motion)?.status).toBe('open');

    editor.insertText('X');
    expect(asked).toHaveLength(2);
    asked[1]?.proceed();
    asked[1]?.proceed();
    flush();
    expect(text(c.doc, clause)).toBe(`${DELEGATE.slice(0, 5)}X${DELEGATE.slice(5)}`);
    expect(needsCheckedInput(editor)).toBe(false);
    editor.insertText('YZ');
    flush();
    expect(asked).toHaveLength(2);
    expect(text(c.doc, clause)).toBe(`${DELEGATE.slice(0, 5)}XYZ${DELEGATE.slice(5)}`);
    expect(readParliament(c.doc).motions.find((m) => m.id === motion)?.status).toBe('void');
  });

  it('delete, Backspace merging into the clause, Enter splitting it, a pasted fragment: each asks first; edits elsewhere do not', async () => {
    const { c, clause } = await underVote();
    const { editor, asked, flush } = guardedEditor(c.doc);
    const decide = idByText(c.doc, DECIDE);
    const next = readBlocks(c.doc)[readBlocks(c.doc).findIndex((b) => b.id === clause) + 1]?.id ?? '';
    const attempts: [string, () => void][] = [
      ['Delete', () => (caret(editor, clause, 3), editor.deleteForward('character'))],
      ['Backspace at the start of the next block', () => (caret(editor, next, 0), editor.deleteBackward('character'))],
      ['Enter inside', () => (caret(editor, clause, 4), editor.insertBreak())],
      [
        'a selection deleted',
        () => (selectBlock(editor, clause), Transforms.select(editor, { anchor: { path: [3, 0], offset: 0 }, focus: { path: [3, 0], offset: 4 } }), editor.deleteFragment()),
      ],
      ['a pasted fragment', () => (caret(editor, clause, 4), editor.insertFragment([{ text: 'pasted ' }]))],
    ];
    const unchanged = JSON.stringify(readBlocks(c.doc));
    for (const [what, attempt] of attempts) {
      const before = asked.length;
      attempt();
      flush();
      expect(asked.length, what).toBe(before + 1);
      asked.at(-1)?.drop();
      flush();
      expect(JSON.stringify(readBlocks(c.doc)), what).toBe(unchanged);
    }
    caret(editor, decide, 0);
    editor.insertText('Final ');
    flush();
    expect(text(c.doc, decide)).toBe(`Final ${DECIDE}`);
    expect(asked).toHaveLength(attempts.length);
  });

  it('Enter at the end of a clause adds a clause and leaves the clause’s wording: asked only when the article or whole text is under vote', async () => {
    const enterAtEnd = async (kind: 'clause' | 'article'): Promise<[number, number]> => {
      const { c, clause } = await underVote(kind);
      const { editor, asked, flush } = guardedEditor(c.doc);
      caret(editor, clause, 'end');
      editor.insertBreak();
      flush();
      return [asked.length, readBlocks(c.doc).length];
    };
    expect(await enterAtEnd('clause')).toEqual([0, 7]);
    expect(await enterAtEnd('article')).toEqual([1, 6]);
  });

  it('ratified text is left to the lock: it refuses, nothing is asked', async () => {
    const { c, motion, clause } = await underVote();
    for (const [i] of c.keys.entries()) await castVote(c.doc, key(c, i), motion, 'yes');
    await closeMotion(c.doc, key(c, 0), motion);
    const { editor, asked } = guardedEditor(c.doc);
    caret(editor, clause, 3);
    expect(needsCheckedInput(editor)).toBe(true);
    expect(() => editor.insertText('X')).toThrow(/ratified and locked/);
    caret(editor, idByText(c.doc, DECIDE), 3);
    expect(needsCheckedInput(editor)).toBe(false);
    expect(asked).toHaveLength(0);
  });
});

describe('the void names who changed the text, by the edit history', () => {
  async function voided(): Promise<{ c: Coalition; motion: string; clause: string }> {
    const c = await coalition(3);
    const clause = idByText(c.doc, DELEGATE);
    const motion = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause }, at(10));
    return { c, motion, clause };
  }
  const carla = (c: Coalition): { org: string; delegate: string } => ({ org: c.orgs[1] ?? '', delegate: 'Carla' });

  it('names the first delegate whose change after the opening differs from the wording voted on, and when', async () => {
    const { c, motion, clause } = await voided();
    // Before the opening, and a change that came back to the voted wording, are nobody's fault.
    recordSnapshot(c.doc, clause, { org: c.orgs[0] ?? '', delegate: 'Ana' }, 'An earlier wording.', at(5));
    recordSnapshot(c.doc, clause, { org: c.orgs[0] ?? '', delegate: 'Ana' }, DELEGATE, at(9));
    recordSnapshot(c.doc, clause, { org: c.orgs[2] ?? '', delegate: 'Ben' }, DELEGATE, at(12));
    editConstitution(c.doc, (editor) => setBlockText(editor, clause, `${DELEGATE} Or two.`));
    // (The headless edit above wrote an unnamed snapshot at the real time, a day after these.)
    recordSnapshot(c.doc, clause, carla(c), `${DELEGATE} Or 2.`, at(14));
    recordSnapshot(c.doc, clause, { org: c.orgs[2] ?? '', delegate: 'Ben' }, `${DELEGATE} Or three.`, at(16));
    const summary = summarizeParliament(c.doc, at(20)).motions.find((m) => m.id === motion);
    expect(summary?.status).toBe('void');
    expect(summary?.changedBy).toEqual({ ...carla(c), name: 'Organization 2', at: at(14).toISOString() });
    expect(summary?.explanation).toBe('Void: the text changed while the vote was open, so the vote is void.');
    if (!summary?.changedBy) throw new Error('no change');
    expect(voidWords(summary.changedBy, '14:02', EN)).toBe(
      'Void: the text was changed by Carla (Organization 2) at 14:02 while the vote was open (as the edit history records it; that history is not signed).',
    );
    // Closed as void by the clerk, it still names them.
    await closeMotion(c.doc, key(c, 0), motion, at(21));
    expect(summarizeParliament(c.doc, at(22)).motions.find((m) => m.id === motion)?.changedBy?.delegate).toBe('Carla');
  });

  it('a clause added to an article under vote names whoever added it', async () => {
    const c = await coalition(3);
    const article = idByText(c.doc, 'Membership');
    const motion = await openMotion(c.doc, key(c, 0), { kind: 'article', target: article, closesAt: new Date(Date.now() + 3_600_000) }, new Date(Date.now() - 60_000));
    editConstitution(c.doc, (editor) => insertBlock(editor, 'clause', idByText(c.doc, DELEGATE), 'Observers may attend.'), { actor: () => carla(c) });
    const change = summarizeParliament(c.doc).motions.find((m) => m.id === motion)?.changedBy;
    expect(change?.delegate).toBe('Carla');
    expect(change?.name).toBe('Organization 2');
  });

  it('when the history does not say (no snapshot, or garbage a peer wrote into it), the void is stated without a name and nothing throws', async () => {
    const { c, motion, clause } = await voided();
    editConstitution(c.doc, (editor) => setBlockText(editor, clause, `${DELEGATE} Or two.`));
    const history = entryArray(c.doc, clause, 'history');
    history?.delete(0, history.length);
    history?.push([42, null, 'text', { text: 7 }, { org: ['x'], delegate: {}, text: `${DELEGATE} Or two.`, at: 5 }]);
    const summary = summarizeParliament(c.doc, at(20)).motions.find((m) => m.id === motion);
    expect(summary?.status).toBe('void');
    expect(summary?.changedBy ?? null).toBeNull();
    expect(firstChange(c.doc, { id: 'm', text: [], target: 'gone', openedAt: at(0).toISOString(), closing: '' }, [])).toBeUndefined();
    // An anonymous change is stated as such.
    expect(voidWords({ org: '', delegate: '', name: '', at: '' }, '14:02', EN)).toContain('changed by a delegate who gave no name at 14:02');
    expect(voidWords({ org: 'o', delegate: '', name: 'Green Left', at: '' }, '14:02', EN)).toContain('changed by a delegate of Green Left at 14:02');
  });

  it('concord tally names them too (UTC), and --json carries who, their organization and when', async () => {
    const { c, motion, clause } = await voided();
    editConstitution(c.doc, (editor) => setBlockText(editor, clause, `${DELEGATE} Or two.`), { actor: () => carla(c) });
    const file = join(tempDir(), 'voided.concord');
    writeFileSync(file, encodeWorkspaceFile(c.doc));
    const tally = await concord(['tally', file]);
    expect(tally.code).toBe(0);
    expect(tally.out).toMatch(
      /^ {4}Void: the text was changed by Carla \(Organization 2\) at \d{4}-\d\d-\d\d \d\d:\d\d UTC while the vote was open \(as the edit history records it; that history is not signed\)\.$/m,
    );
    const json: { motions: { id: string; changedBy: unknown }[] } = JSON.parse((await concord(['tally', file, '--json'])).out);
    expect(json.motions.find((m) => m.id === motion)?.changedBy).toEqual({ org: carla(c).org, delegate: 'Carla', name: 'Organization 2', at: expect.stringMatching(/^\d{4}-/) });
  });
});
