/**
 * Sub-clauses in the core: numbering "(a)" and "(i)", indenting and outdenting (with the parts under a
 * clause), moves that carry them, hostile depths refused by the server's check and left out by every
 * reader (and dropped by repair), and the digest of a motion covering a clause's depth; a sub-clause named
 * in the parliament's words, lines pasted in a sub-clause, and an indent seen by a version comparison.
 */
import { i18n } from '../../src/i18n/i18n.ts';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { constitutionRoot, editConstitution, readBlocks } from '../../src/constitution/document.ts';
import { numberBlocks, placeOf, toLetters } from '../../src/constitution/numbering.ts';
import { insertPastedText } from '../../src/constitution/paste.ts';
import { moveBlock, selectBlock } from '../../src/constitution/structure.ts';
import { compareContents, listVersions, saveVersion } from '../../src/provenance/versions.ts';
import { blockLabel } from '../../src/ratify/summary.ts';
import { canIndent, indentClause, type IndentDirection } from '../../src/constitution/subclauses.ts';
import { textDigest } from '../../src/ratify/digest.ts';
import { checkUpdate } from '../../src/sync/update-check.ts';
import { encodeWorkspaceFile, mergeWorkspaceFile } from '../../src/file/format.ts';
import { inspectWorkspace } from '../../src/workspace/doc-shape.ts';
import { dropDamaged } from '../../src/workspace/repair.ts';
import { errorCode, idByText, specOf, workspaceWith } from './core-helpers.ts';

const EN = i18n.getFixedT('en', 'core');

const DRAFT = [
  'article:Members',
  'clause:Who may join.',
  'sub:Parties.',
  'sub:Unions.',
  'subsub:Local ones.',
  'subsub:National ones.',
  'sub:Groups.',
  'clause:Dues.',
  'sub:Yearly.',
];

function labels(doc: Y.Doc): string[] {
  return numberBlocks(readBlocks(doc), EN).map((b) => b.label);
}

function indented(spec: readonly string[], text: string, direction: IndentDirection): { done: boolean; spec: string[] } {
  const doc = workspaceWith(spec);
  const done = editConstitution(doc, (editor) => indentClause(editor, idByText(doc, text), direction));
  return { done, spec: specOf(doc) };
}

describe('numbering sub-clauses', () => {
  it('numbers (a), (b) under a clause and (i), (ii) under those, restarting under each clause', () => {
    expect(labels(workspaceWith(DRAFT))).toEqual(['Article I', '(1)', '(a)', '(b)', '(i)', '(ii)', '(c)', '(2)', '(a)']);
  });

  it('cites a sub-clause with its clause: "Article I (1)(b)(ii)"', () => {
    const places = numberBlocks(readBlocks(workspaceWith(DRAFT)), EN).map((b) => placeOf(b, EN));
    expect(places.slice(4, 6)).toEqual(['Article I (1)(b)(i)', 'Article I (1)(b)(ii)']);
    expect(places[8]).toBe('Article I (2)(a)');
  });

  it('letters past z as drafters do, and numbers an orphan (i) without a clause above it', () => {
    expect([1, 26, 27, 52, 53].map(toLetters)).toEqual(['a', 'z', 'aa', 'az', 'ba']);
    const orphan = workspaceWith(['article:A', 'subsub:Alone.', 'section:S', 'sub:Also alone.']);
    expect(numberBlocks(readBlocks(orphan), EN).map((b) => placeOf(b, EN))).toEqual(['Article I', 'Article I (i)', 'Article I, Section 1', 'Article I, Section 1 (a)']);
  });

  it('keeps the numbers of clauses after sub-clauses as they were', () => {
    const flat = workspaceWith(['article:A', 'clause:1', 'clause:2', 'clause:3']);
    const withSubs = workspaceWith(['article:A', 'clause:1', 'sub:1a', 'clause:2', 'sub:2a', 'subsub:2ai', 'clause:3']);
    expect(labels(flat).filter((l) => /\(\d+\)/.test(l))).toEqual(['(1)', '(2)', '(3)']);
    expect(labels(withSubs).filter((l) => /\(\d+\)/.test(l))).toEqual(['(1)', '(2)', '(3)']);
  });
});

describe('indenting and outdenting', () => {
  const SIMPLE = ['article:A', 'clause:One.', 'clause:Two.', 'clause:Three.'];

  it('indents a clause under the one above it, once more under a sub-clause, and no deeper', () => {
    let spec = indented(SIMPLE, 'Two.', 'indent').spec;
    expect(spec).toEqual(['article:A', 'clause:One.', 'sub:Two.', 'clause:Three.']);
    spec = indented(spec, 'Three.', 'indent').spec;
    spec = indented(spec, 'Three.', 'indent').spec;
    expect(spec).toEqual(['article:A', 'clause:One.', 'sub:Two.', 'subsub:Three.']);
    expect(indented(spec, 'Three.', 'indent')).toEqual({ done: false, spec });
  });

  it('refuses to indent the first clause under a heading, or further than one level below the clause above', () => {
    expect(indented(SIMPLE, 'One.', 'indent').done).toBe(false);
    const spec = ['article:A', 'clause:One.', 'clause:Two.'];
    expect(indented(['section:S', ...spec.slice(1)], 'One.', 'indent').done).toBe(false);
    const twice = indented(indented(spec, 'Two.', 'indent').spec, 'Two.', 'indent');
    expect(twice).toEqual({ done: false, spec: ['article:A', 'clause:One.', 'sub:Two.'] });
  });

  it('takes a clause’s sub-clauses with it, and refuses when they would go deeper than (i)', () => {
    const spec = ['article:A', 'clause:One.', 'clause:Two.', 'sub:Two a.', 'clause:Three.'];
    const once = indented(spec, 'Two.', 'indent');
    expect(once.spec).toEqual(['article:A', 'clause:One.', 'sub:Two.', 'subsub:Two a.', 'clause:Three.']);
    expect(indented(['article:A', 'clause:One.', 'sub:One a.', 'sub:Two.', 'subsub:Two a.'], 'Two.', 'indent').done).toBe(false);
    expect(indented(once.spec, 'Two.', 'outdent').spec).toEqual(spec);
  });

  it('outdents a sub-clause to a clause, and refuses to outdent a clause', () => {
    expect(indented(DRAFT, 'Unions.', 'outdent').spec).toEqual([
      'article:Members',
      'clause:Who may join.',
      'sub:Parties.',
      'clause:Unions.',
      'sub:Local ones.',
      'sub:National ones.',
      'sub:Groups.',
      'clause:Dues.',
      'sub:Yearly.',
    ]);
    expect(indented(DRAFT, 'Dues.', 'outdent').done).toBe(false);
  });

  it('indents a clause with a locked (ratified) part whole or not at all', () => {
    const spec = ['article:A', 'clause:One.', 'clause:Two.', 'sub:Two a.'];
    const doc = workspaceWith(spec);
    const lockedSub = (index: number): boolean => index === 3;
    editConstitution(doc, (editor) => {
      expect(canIndent(editor, idByText(doc, 'Two.'), 'indent', lockedSub)).toBe(false);
      expect(indentClause(editor, idByText(doc, 'Two.'), 'indent', lockedSub)).toBe(false);
      expect(indentClause(editor, idByText(doc, 'Two a.'), 'outdent', lockedSub)).toBe(false);
    });
    expect(specOf(doc)).toEqual(spec);
  });

  it('says when a clause can be indented, for the toolbar', () => {
    const doc = workspaceWith(DRAFT);
    editConstitution(doc, (editor) => {
      expect(canIndent(editor, idByText(doc, 'Who may join.'), 'indent')).toBe(false);
      expect(canIndent(editor, idByText(doc, 'Groups.'), 'indent')).toBe(true);
      // Its (i) and (ii) would go deeper than (i).
      expect(canIndent(editor, idByText(doc, 'Unions.'), 'indent')).toBe(false);
      expect(canIndent(editor, idByText(doc, 'Local ones.'), 'indent')).toBe(false);
      expect(canIndent(editor, idByText(doc, 'Members'), 'outdent')).toBe(false);
    });
  });

  it('keeps ids, and removes the depth attribute from the Y.Doc when a sub-clause becomes a clause', () => {
    const doc = workspaceWith(DRAFT);
    const ids = readBlocks(doc).map((b) => b.id);
    editConstitution(doc, (editor) => indentClause(editor, idByText(doc, 'Yearly.'), 'outdent'));
    expect(readBlocks(doc).map((b) => b.id)).toEqual(ids);
    const yearly = constitutionRoot(doc).toDelta().at(-1)?.insert;
    expect(yearly instanceof Y.XmlText && yearly.getAttributes()).toEqual({ type: 'clause', id: idByText(doc, 'Yearly.') });
  });

  it('merges two replicas’ indents like any edit', () => {
    const a = workspaceWith(SIMPLE);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    editConstitution(a, (editor) => indentClause(editor, idByText(a, 'Two.'), 'indent'));
    editConstitution(b, (editor) => indentClause(editor, idByText(b, 'Three.'), 'indent'));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(specOf(a)).toEqual(['article:A', 'clause:One.', 'sub:Two.', 'sub:Three.']);
    expect(specOf(b)).toEqual(specOf(a));
  });
});

describe('moving clauses with sub-clauses', () => {
  it('moves a clause with its sub-clauses past the clause above, and a sub-clause only among its siblings', () => {
    const doc = workspaceWith(DRAFT);
    editConstitution(doc, (editor) => moveBlock(editor, idByText(doc, 'Dues.'), 'up'));
    expect(specOf(doc)).toEqual([
      'article:Members',
      'clause:Dues.',
      'sub:Yearly.',
      'clause:Who may join.',
      'sub:Parties.',
      'sub:Unions.',
      'subsub:Local ones.',
      'subsub:National ones.',
      'sub:Groups.',
    ]);
    const again = workspaceWith(DRAFT);
    editConstitution(again, (editor) => {
      expect(moveBlock(editor, idByText(again, 'Groups.'), 'up')).toBe(true);
      expect(moveBlock(editor, idByText(again, 'Parties.'), 'up')).toBe(false);
      expect(moveBlock(editor, idByText(again, 'Yearly.'), 'down')).toBe(false);
    });
    expect(specOf(again).slice(2, 7)).toEqual(['sub:Parties.', 'sub:Groups.', 'sub:Unions.', 'subsub:Local ones.', 'subsub:National ones.']);
  });
});

describe('hostile depths', () => {
  /** An update from a peer that sets a block's `depth` attribute to `value`. */
  function depthUpdate(doc: Y.Doc, position: number, value: unknown): Uint8Array {
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(peer);
    const block = constitutionRoot(peer).toDelta()[position]?.insert;
    if (!(block instanceof Y.XmlText)) throw new Error('no block there');
    // A peer may write any JSON value as an attribute.
    block.setAttribute('depth', value);
    return Y.encodeStateAsUpdate(peer, before);
  }

  it('the server refuses a depth that is not 1 or 2, or a depth on a heading', () => {
    const doc = workspaceWith(DRAFT);
    for (const value of [10_000, 3, 0, -1, 1.5, 'deep', null, [1]]) {
      expect(checkUpdate(doc, depthUpdate(doc, 1, value), true)).toMatchObject({ ok: false });
    }
    expect(checkUpdate(doc, depthUpdate(doc, 0, 1), true)).toEqual({ ok: false, reason: 'a constitution block has a sub-clause depth on a block that is not a clause' });
    expect(checkUpdate(doc, depthUpdate(doc, 1, 2), true)).toEqual({ ok: true });
  });

  it('readers leave a hostile depth out and report it; repair removes it and keeps the clause', () => {
    const doc = workspaceWith(DRAFT);
    Y.applyUpdate(doc, depthUpdate(doc, 1, 10_000));
    expect(readBlocks(doc)[1]).toEqual({ id: idByText(doc, 'Who may join.'), type: 'clause', text: 'Who may join.' });
    expect(labels(doc)[1]).toBe('(1)');
    expect(inspectWorkspace(doc)).toEqual([{ root: 'constitution', key: '2', problem: 'a sub-clause depth that is not 1 or 2' }]);
    expect(dropDamaged(doc)).toHaveLength(1);
    expect(inspectWorkspace(doc)).toEqual([]);
    expect(specOf(doc)).toEqual(specOf(workspaceWith(DRAFT)));
  });
});

describe('hostile depths in a .concord file', () => {
  it('refuses to merge a file whose clause has a depth of 10,000, and leaves the workspace as it was', () => {
    const ours = workspaceWith(DRAFT);
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(ours));
    const block = constitutionRoot(theirs).toDelta()[1]?.insert;
    if (!(block instanceof Y.XmlText)) throw new Error('no block there');
    block.setAttribute('depth', '10000');
    const before = Y.encodeStateAsUpdate(ours);
    expect(errorCode(() => mergeWorkspaceFile(ours, encodeWorkspaceFile(theirs)))).toBe('file.damaged-parts');
    expect(Y.encodeStateAsUpdate(ours)).toEqual(before);
  });
});

describe('what a motion binds to', () => {
  it('covers a sub-clause’s depth, and digests a clause of depth 0 as before sub-clauses existed', () => {
    const clause = { id: 'c1', type: 'clause' as const, text: 'Dues are yearly.' };
    expect(textDigest([clause])).toBe(textDigest([{ ...clause, depth: undefined }]));
    expect(textDigest([{ ...clause, depth: 1 }])).not.toBe(textDigest([clause]));
    expect(textDigest([{ ...clause, depth: 1 }])).not.toBe(textDigest([{ ...clause, depth: 2 }]));
  });
});

describe('sub-clauses elsewhere in the workspace', () => {
  it('names a sub-clause in the parliament’s words with its clause', () => {
    const labels = numberBlocks(readBlocks(workspaceWith(DRAFT)), EN).map(blockLabel);
    expect(labels.slice(1, 5)).toEqual(['Article I, clause 1', 'Article I, clause 1(a)', 'Article I, clause 1(b)', 'Article I, clause 1(b)(i)']);
  });

  it('pastes lines in a sub-clause as sub-clauses of the same depth', () => {
    const doc = workspaceWith(['article:A', 'clause:One.', 'sub:One a.']);
    editConstitution(doc, (editor) => {
      selectBlock(editor, idByText(doc, 'One a.'));
      insertPastedText(editor, 'P1\n\nP2\n\nP3');
    });
    expect(specOf(doc)).toEqual(['article:A', 'clause:One.', 'sub:P1', 'sub:P2', 'sub:P3One a.']);
  });

  it('shows an indent as a change when two versions are compared', () => {
    const doc = workspaceWith(['article:A', 'clause:One.', 'clause:Two.']);
    const by = { org: '', delegate: 'Ana' };
    const before = saveVersion(doc, 'Flat', by);
    editConstitution(doc, (editor) => indentClause(editor, idByText(doc, 'Two.'), 'indent'));
    saveVersion(doc, 'Indented', by);
    const after = listVersions(doc).find((v) => v.name === 'Indented');
    if (!after) throw new Error('no version');
    expect(after.blocks.at(-1)).toMatchObject({ text: 'Two.', depth: 1 });
    expect(compareContents(before, after).map((c) => c.kind)).toEqual(['unchanged', 'unchanged', 'changed']);
  });
});
