/**
 * What provenance is read for: coverage per organization (as is, reworded, merged, unused, percentage,
 * unused list), the per-clause history (one snapshot per author per minute, comparable by word diff),
 * named versions (saved with name and author, compared clause by clause), comment threads, and the
 * export's "drawn from" notes.
 */
import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/compare/word-diff.ts';
import { editConstitution, readBlocks } from '../../src/constitution/document.ts';
import { deleteBlock, indexOfId, setBlockText } from '../../src/constitution/structure.ts';
import { workspaceProvenance } from '../../src/export/workspace-facts.ts';
import { adoptPrinciples } from '../../src/provenance/adopt.ts';
import { addComment, reply, resolveThread, threadsOf } from '../../src/provenance/comments.ts';
import { coverage } from '../../src/provenance/coverage.ts';
import { recordSnapshot } from '../../src/provenance/history.ts';
import { clauseProvenance } from '../../src/provenance/resolve.ts';
import { compareContents, currentContent, listVersions, saveVersion } from '../../src/provenance/versions.ts';
import { errorCode, idByText } from './core-helpers.ts';
import { coalition, liveEditor, PRINCIPLES, settle } from './provenance-helpers.ts';

const ANA = { org: 'o_deb', delegate: 'Ana' };
const BEN = { org: 'o_psf', delegate: 'Ben' };

describe('coverage', () => {
  it('classifies each principle of each organization and gives the share used and the unused ones', () => {
    const { doc, orgs } = coalition();
    const reworded = editConstitution(doc, (e) => {
      adoptPrinciples(e, doc, ['DEB-1'], { by: ANA });
      const id = adoptPrinciples(e, doc, ['PSF-1'], { by: BEN });
      setBlockText(e, id, 'Beauty beats ugliness.');
      adoptPrinciples(e, doc, ['DEB-2', 'PSF-2'], { text: 'Explicit, nothing hidden.', by: BEN });
      return id;
    });
    const [deb, psf] = coverage(doc);
    expect(deb?.org.id).toBe(orgs.DEB);
    expect(deb?.principles.map((p) => [p.principle.id, p.use])).toEqual([
      ['DEB-1', 'as-is'],
      ['DEB-2', 'merged'],
      ['DEB-3', 'unused'],
    ]);
    expect(psf?.principles.map((p) => [p.principle.id, p.use])).toEqual([
      ['PSF-1', 'reworded'],
      ['PSF-2', 'merged'],
      ['PSF-3', 'unused'],
    ]);
    expect(psf?.principles[0]?.clauses).toEqual([reworded]);
    expect(deb).toMatchObject({ total: 3, used: 2, percent: 66.7, counts: { 'as-is': 1, reworded: 0, merged: 1, unused: 1 } });
  });

  it('counts only clauses in the document, and the best use of a principle used twice', () => {
    const { doc } = coalition();
    const gone = editConstitution(doc, (e) => {
      adoptPrinciples(e, doc, ['PSF-3', 'DEB-3'], { text: 'Simple and free.', by: ANA });
      adoptPrinciples(e, doc, ['PSF-3'], { by: ANA });
      return adoptPrinciples(e, doc, ['PSF-1'], { by: ANA });
    });
    editConstitution(doc, (e) => deleteBlock(e, gone));
    const psf = coverage(doc)[1];
    expect(psf?.principles.map((p) => p.use)).toEqual(['unused', 'unused', 'as-is']);
    expect(psf?.percent).toBe(33.3);
  });
});

describe('history', () => {
  it('keeps one snapshot per author per minute, with who and when', () => {
    const { doc } = coalition();
    let now = new Date('2025-01-01T10:00:00Z');
    const id = idByText(doc, 'Drafted here.');
    recordSnapshot(doc, id, ANA, 'a', now);
    now = new Date('2025-01-01T10:00:30Z');
    recordSnapshot(doc, id, ANA, 'ab', now);
    recordSnapshot(doc, id, BEN, 'abc', now);
    recordSnapshot(doc, id, BEN, 'abc', now);
    now = new Date('2025-01-01T10:02:00Z');
    recordSnapshot(doc, id, BEN, 'abcd', now);
    const history = clauseProvenance(doc, id)?.history ?? [];
    expect(history.map((s) => [s.delegate, s.text, s.since.slice(11, 19), s.at.slice(11, 19)])).toEqual([
      ['', 'Drafted here.', expect.any(String), expect.any(String)],
      ['Ana', 'ab', '10:00:00', '10:00:30'],
      ['Ben', 'abc', '10:00:30', '10:00:30'],
      ['Ben', 'abcd', '10:02:00', '10:02:00'],
    ]);
  });

  it('records live typing by each delegate, and any two points compare with a word diff', () => {
    const { doc, orgs } = coalition();
    const id = idByText(doc, 'Drafted here.');
    const ana = liveEditor(doc, { org: orgs.DEB, delegate: 'Ana' });
    Transforms.insertText(ana, ' By all', { at: Editor.end(ana, [indexOfId(ana, id)]) });
    Transforms.insertText(ana, ' of us.', { at: Editor.end(ana, [indexOfId(ana, id)]) });
    settle(ana);
    const ben = liveEditor(doc, { org: orgs.PSF, delegate: 'Ben' });
    Transforms.delete(ben, { at: { anchor: { path: [indexOfId(ben, id), 0], offset: 0 }, focus: { path: [indexOfId(ben, id), 0], offset: 'Drafted'.length } } });
    Transforms.insertText(ben, 'Written', { at: { path: [indexOfId(ben, id), 0], offset: 0 } });
    settle(ben);
    const history = clauseProvenance(doc, id)?.history ?? [];
    expect(history.slice(1).map((s) => [s.org, s.delegate, s.text])).toEqual([
      [orgs.DEB, 'Ana', 'Drafted here. By all of us.'],
      [orgs.PSF, 'Ben', 'Written here. By all of us.'],
    ]);
    const diff = wordDiff(history[0]?.text ?? '', history[2]?.text ?? '');
    expect(diff.spans.filter((s) => s.kind !== 'shared').map((s) => `${s.kind}:${s.text.trim()}`)).toEqual(['left:Drafted', 'right:Written', 'right:By all of us.']);
  });
});

describe('named versions', () => {
  it('saves the draft with a name, author and date, and compares two versions or a version and now clause by clause', () => {
    const { doc } = coalition(['article:General', 'clause:Keep.', 'clause:Change me.', 'clause:Remove me.']);
    const first = saveVersion(doc, '  Draft for the December  meeting ', ANA, new Date('2025-12-01T09:00:00Z'));
    expect(first).toMatchObject({ name: 'Draft for the December meeting', by: ANA, at: '2025-12-01T09:00:00.000Z' });
    const added = editConstitution(doc, (e) => {
      setBlockText(e, idByText(doc, 'Change me.'), 'Changed you.');
      deleteBlock(e, idByText(doc, 'Remove me.'));
      return adoptPrinciples(e, doc, ['DEB-3'], { by: ANA });
    });
    const second = saveVersion(doc, 'January', BEN, new Date('2026-01-10T09:00:00Z'));
    expect(listVersions(doc).map((v) => v.name)).toEqual(['Draft for the December meeting', 'January']);
    const changes = compareContents(first, second);
    expect(changes.map((c) => [c.kind, c.before, c.after])).toEqual([
      ['unchanged', 'General', 'General'],
      ['unchanged', 'Keep.', 'Keep.'],
      ['changed', 'Change me.', 'Changed you.'],
      ['removed', 'Remove me.', ''],
      ['added', '', PRINCIPLES.DEB[2]],
    ]);
    expect(changes[2]?.spans.filter((s) => s.kind !== 'shared').map((s) => `${s.kind}:${s.text}`)).toEqual(['left:Change me', 'right:Changed you']);
    expect(changes[4]).toMatchObject({ id: added, originsAfter: ['DEB-3'] });
    expect(compareContents(second, currentContent(doc)).every((c) => c.kind === 'unchanged')).toBe(true);
    expect(errorCode(() => saveVersion(doc, '  ', ANA))).toBe('version.no-name');
  });
});

describe('comments', () => {
  it('keeps a thread per clause with replies, resolved and reopened', () => {
    const { doc } = coalition();
    const clause = idByText(doc, 'Drafted here.');
    const thread = addComment(doc, clause, ' Too vague? ', ANA, new Date('2025-01-01T10:00:00Z'));
    reply(doc, thread.id, 'Agreed.', BEN, new Date('2025-01-01T10:05:00Z'));
    addComment(doc, clause, 'Second topic', BEN, new Date('2025-01-01T11:00:00Z'));
    resolveThread(doc, thread.id, BEN, true, new Date('2025-01-01T12:00:00Z'));
    const threads = threadsOf(doc, clause);
    expect(threads.map((t) => [t.root.text, t.replies.map((r) => r.text), t.resolved?.by.delegate ?? null])).toEqual([
      ['Too vague?', ['Agreed.'], 'Ben'],
      ['Second topic', [], null],
    ]);
    resolveThread(doc, thread.id, ANA, false);
    expect(threadsOf(doc, clause)[0]?.resolved).toBeNull();
    expect(errorCode(() => reply(doc, 'm_nope', 'x', ANA))).toBe('comment.unknown');
    expect(errorCode(() => addComment(doc, clause, '   ', ANA))).toBe('comment.empty');
  });
});

describe('export notes', () => {
  it('names the organizations each block was drawn from', () => {
    const { doc } = coalition();
    const merged = editConstitution(doc, (e) => adoptPrinciples(e, doc, ['PSF-2', 'DEB-2'], { text: 'Both.', by: ANA }));
    const facts = workspaceProvenance(doc);
    expect(facts.sourcesOf(merged)).toEqual(['Debian', 'Python Software Foundation']);
    expect(facts.sourcesOf(idByText(doc, 'Drafted here.'))).toEqual([]);
    expect(readBlocks(doc).length).toBe(3);
  });
});
