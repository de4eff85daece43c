/**
 * The preview's fix-ups (split, merge, drop, rename: pure, each a new draft), committing a draft as a new
 * source or as a new version whose unchanged principles keep their ids, renaming sources, and full-text
 * search across every organization's principles.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  commitImport,
  compareWithSource,
  draftFromText,
  dropPrinciple,
  mergePrinciples,
  readImportDraft,
  renameDraft,
  splitPrinciple,
  suggestSource,
  type ImportDraft,
} from '../../src/import/index.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { searchPrinciples } from '../../src/workspace/principle-search.ts';
import { getSource, keepUnchangedIds, listSources, renameSource, type Principle } from '../../src/workspace/sources.ts';
import { summarizeWorkspace } from '../../src/workspace/summary.ts';
import { corpusFile, workspace } from '../fixtures/import/helpers.ts';

const sample = (): Promise<ImportDraft> => draftFromText('Our Charter\n\n1. Members vote. Members speak.\n\n2. Dues are yearly\n\n3. Boilerplate: all rights reserved.\n');

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof ConcordError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('fix-ups', () => {
  it('a pasted text becomes a draft: title, format, digest and size of the bytes', async () => {
    const d = await sample();
    expect(d).toMatchObject({ fileName: 'Pasted text', format: 'paste', title: 'Our Charter', encoding: 'utf-8' });
    expect(d.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(d.principles.map((p) => p.text)).toEqual(['Members vote. Members speak.', 'Dues are yearly', 'Boilerplate: all rights reserved.']);
    expect((await draftFromText('Just one line of text.', { title: 'Notes' })).title).toBe('Notes');
  });

  it('split at an offset: the first part keeps id and label, the second gets a new id and the same path', async () => {
    const d = await sample();
    const [first] = d.principles;
    if (!first) throw new Error('no principle');
    const split = splitPrinciple(d, first.id, 'Members vote.'.length);
    expect(split.principles.map((p) => p.text)).toEqual(['Members vote.', 'Members speak.', 'Dues are yearly', 'Boilerplate: all rights reserved.']);
    expect(split.principles[0]).toMatchObject({ id: first.id, label: '1.' });
    expect(split.principles[1]?.id).not.toBe(first.id);
    expect(split.principles[1]?.label).toBeUndefined();
    expect(split.principles[1]?.path).toEqual(first.path);
    // The draft it came from is untouched.
    expect(d.principles).toHaveLength(3);
    expect(d.principles[0]?.text).toBe('Members vote. Members speak.');
  });

  it('split refuses cuts that leave an empty part', async () => {
    const d = await sample();
    const id = d.principles[0]?.id ?? '';
    expect(codeOf(() => splitPrinciple(d, id, 0))).toBe('draft.bad-split');
    expect(codeOf(() => splitPrinciple(d, id, 999))).toBe('draft.bad-split');
    expect(codeOf(() => splitPrinciple(d, id, 1.5))).toBe('draft.bad-split');
    expect(codeOf(() => splitPrinciple(d, 'p_nope', 3))).toBe('draft.unknown-principle');
  });

  it('merge two neighbours: a space when the first stops mid-sentence, a paragraph break when it ends one', async () => {
    const d = await sample();
    const [a, b, c] = d.principles;
    if (!a || !b || !c) throw new Error('no principles');
    const bc = mergePrinciples(d, b.id, c.id);
    expect(bc.principles.map((p) => p.text)).toEqual(['Members vote. Members speak.', 'Dues are yearly Boilerplate: all rights reserved.']);
    expect(bc.principles[1]).toMatchObject({ id: b.id, label: '2.' });
    const ab = mergePrinciples(d, a.id, b.id);
    expect(ab.principles[0]?.text).toBe('Members vote. Members speak.\n\nDues are yearly');
    expect(codeOf(() => mergePrinciples(d, a.id, c.id))).toBe('draft.not-adjacent');
    expect(codeOf(() => mergePrinciples(d, b.id, a.id))).toBe('draft.not-adjacent');
    expect(d.principles).toHaveLength(3);
  });

  it('drop a principle and rename the source', async () => {
    const d = await sample();
    const dropped = dropPrinciple(d, d.principles[2]?.id ?? '');
    expect(dropped.principles.map((p) => p.label)).toEqual(['1.', '2.']);
    expect(renameDraft(dropped, '  Green   Charter ').title).toBe('Green Charter');
    expect(codeOf(() => renameDraft(d, ' '))).toBe('source.no-title');
    expect(codeOf(() => renameDraft(d, 'x'.repeat(201)))).toBe('source.title-too-long');
    expect(codeOf(() => dropPrinciple(d, 'p_nope'))).toBe('draft.unknown-principle');
    expect(d.principles).toHaveLength(3);
    expect(d.title).toBe('Our Charter');
  });
});

describe('commit', () => {
  it('stores a new source in one transaction, as the draft was fixed up', async () => {
    const doc = workspace();
    let transactions = 0;
    doc.on('afterTransaction', () => {
      transactions += 1;
    });
    const d = await sample();
    const fixed = renameDraft(dropPrinciple(d, d.principles[2]?.id ?? ''), 'Green Charter');
    const { source, version, kept } = commitImport(doc, 'dsa', fixed);
    expect(transactions).toBe(1);
    expect(kept).toBe(0);
    expect(source).toMatchObject({ title: 'Green Charter', org: listSources(doc)[0]?.org });
    expect(version).toMatchObject({ version: 1, fileName: 'Pasted text', format: 'paste', digest: d.digest });
    expect(version.principles).toEqual(fixed.principles);
    expect(getSource(doc, source.id)?.versions).toHaveLength(1);
  });

  it('a re-import is a new version: unchanged principles keep their ids, changed and new ones get new ids', async () => {
    const doc = workspace();
    const v1 = await draftFromText('1. Members vote.\n\n2. Dues are yearly.\n\n3. The board meets monthly.\n');
    const first = commitImport(doc, 'dsa', renameDraft(v1, 'Statutes'));
    const v2 = await draftFromText('1. Members vote.\n\n2. Dues are paid yearly.\n\n3. The board meets monthly.\n\n4. Anyone may join.\n');
    const before = first.version.principles;
    const second = commitImport(doc, 'dsa', v2, first.source.id);
    expect(second.version.version).toBe(2);
    expect(second.kept).toBe(2);
    const after = second.version.principles;
    expect(after[0]?.id).toBe(before[0]?.id);
    expect(after[2]?.id).toBe(before[2]?.id);
    expect(after[1]?.id).not.toBe(before[1]?.id);
    expect(new Set(after.map((p) => p.id)).size).toBe(4);
    const source = getSource(doc, first.source.id);
    expect(source?.title).toBe('Statutes');
    expect(source?.versions.map((v) => v.principles.length)).toEqual([3, 4]);
    // Only the latest version counts in the summary, with every id.
    expect(summarizeWorkspace(doc).sources).toEqual([expect.objectContaining({ id: first.source.id, title: 'Statutes', version: 2, principles: after })]);
  });

  it('the same text twice: ids go to the one under the same heading first, then in order', () => {
    const p = (id: string, path: string[], text: string): Principle => ({ id, path, text });
    const previous = [p('a', ['One'], 'Members vote.'), p('b', ['Two'], 'Members vote.'), p('c', ['Two'], 'Old text.')];
    const next = [p('x', ['Two'], 'Members   vote.'), p('y', ['Three'], 'Members vote.'), p('z', ['Three'], 'Members vote.'), p('c', [], 'New text.')];
    const kept = keepUnchangedIds(previous, next);
    expect(kept.map((q) => q.id).slice(0, 3)).toEqual(['b', 'a', 'z']);
    // A fresh principle never takes an id that belongs to another principle of the previous version.
    expect(kept[3]?.id).not.toBe('c');
  });

  it('a corpus document re-imported in another format keeps the ids of identical principles', async () => {
    const doc = workspace();
    const txt = commitImport(doc, 'dsa', await readImportDraft(corpusFile('debian-social-contract.txt')));
    const html = commitImport(doc, 'dsa', await readImportDraft(corpusFile('debian-social-contract.html')), txt.source.id);
    expect(html.kept).toBe(txt.version.principles.length);
    expect(html.version.principles.map((p) => p.id)).toEqual(txt.version.principles.map((p) => p.id));
  });
});

describe('re-import: which source a draft updates, and what that would change', () => {
  it("by file name, by title, or by shared principles; never another organization's; undefined when new", async () => {
    const doc = workspace();
    const constitution = commitImport(doc, 'dsa', await readImportDraft(corpusFile('debian-constitution.txt'))).source;
    const contract = commitImport(doc, 'dsa', renameDraft(await draftFromText('1. Debian will remain free.\n\n2. We will give back.\n'), 'Social Contract')).source;
    commitImport(doc, 'fsf', await readImportDraft(corpusFile('zen-of-python.txt')));
    expect(suggestSource(doc, 'dsa', await readImportDraft(corpusFile('debian-constitution.html')))?.id).toBe(constitution.id);
    expect(suggestSource(doc, 'dsa', renameDraft(await draftFromText('Something else entirely.'), 'social contract'))?.id).toBe(contract.id);
    const pasted = await draftFromText('1. Debian will remain free.\n\n2. We will give back.\n\n3. We will not hide problems.\n');
    expect(suggestSource(doc, 'dsa', pasted)?.id).toBe(contract.id);
    expect(suggestSource(doc, 'dsa', await readImportDraft(corpusFile('zen-of-python.md')))).toBeUndefined();
    expect(suggestSource(doc, 'dsa', await draftFromText('A new idea.'))).toBeUndefined();
    expect(compareWithSource(contract, pasted)).toEqual({ unchanged: 2, added: 1, removed: 0 });
    const fewer = await draftFromText('1. Debian will remain free, always.\n');
    expect(compareWithSource(contract, fewer)).toEqual({ unchanged: 0, added: 1, removed: 2 });
  });
});

describe('sources', () => {
  it('rename a source; bad names and unknown sources are refused and change nothing', async () => {
    const doc = workspace();
    const { source } = commitImport(doc, 'dsa', await sample());
    expect(renameSource(doc, source.id, ' Debian  Charter ').title).toBe('Debian Charter');
    const before = Y.encodeStateAsUpdate(doc);
    expect(codeOf(() => renameSource(doc, source.id, ''))).toBe('source.no-title');
    expect(codeOf(() => renameSource(doc, 's_nope', 'X'))).toBe('source.unknown');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('full-text search across organizations: stems, prefixes, phrases, ranges to highlight, one organization', async () => {
    const doc = workspace();
    commitImport(doc, 'dsa', await readImportDraft(corpusFile('debian-constitution.txt')));
    commitImport(doc, 'fsf', await draftFromText('Free Software Principles\n\nEveryone may vote on the programme.\n\nSoftware must respect freedom.\n'));
    const votes = searchPrinciples(doc, 'voting');
    expect(votes.length).toBeGreaterThan(10);
    const orgs = new Set(votes.map((h) => h.principle.org));
    expect(orgs.size).toBe(2);
    for (const hit of votes.slice(0, 5)) {
      expect(hit.ranges.length).toBeGreaterThan(0);
      for (const [start, end] of hit.ranges) expect(hit.principle.text.slice(start, end).toLowerCase()).toMatch(/^vot/);
    }
    const phrase = searchPrinciples(doc, 'casting vote');
    expect(phrase[0]?.principle.text).toMatch(/casting vote/);
    expect(searchPrinciples(doc, 'secret').every((h) => /secret/i.test(h.principle.text + h.principle.path.join(' ')))).toBe(true);
    expect(searchPrinciples(doc, 'freedo', { org: 'fsf' }).map((h) => h.principle.text)).toEqual(['Software must respect freedom.']);
    expect(searchPrinciples(doc, 'the')).not.toEqual([]);
    expect(searchPrinciples(doc, '  ')).toEqual([]);
    expect(searchPrinciples(doc, 'zzzyx')).toEqual([]);
  });
});
