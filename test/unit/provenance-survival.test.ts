/**
 * Provenance survives everything a delegate does in the editor: editing the wording, splitting a clause
 * (both halves keep the origins), merging two clauses (union; an undo gives the merged one its own back),
 * moving, cut and paste (same id), copy and paste (the copy inherits), undo/redo, and concurrent edits by
 * two delegates; adopting and merging principles records them; entries are never deleted.
 */
import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editConstitution, readBlocks } from '../../src/constitution/document.ts';
import { indexOfId, moveBlock, setBlockText } from '../../src/constitution/structure.ts';
import { adoptPrinciples } from '../../src/provenance/adopt.ts';
import { clauseProvenance } from '../../src/provenance/resolve.ts';
import { getEntry } from '../../src/provenance/store.ts';
import { errorCode, idByText, link } from './core-helpers.ts';
import { coalition, liveEditor, originsOf, PRINCIPLES, settle } from './provenance-helpers.ts';

const ANA = { org: '', delegate: 'Ana' };

/** A coalition whose draft has a clause adopted from DEB-1 and one from PSF-2, edited live by Ana of DEB. */
function adopted() {
  const { doc, orgs } = coalition();
  const actor = { org: orgs.DEB, delegate: 'Ana' };
  const editor = liveEditor(doc, actor);
  const article = idByText(doc, 'General');
  const deb = adoptPrinciples(editor, doc, ['DEB-1'], { after: article, by: actor });
  const psf = adoptPrinciples(editor, doc, ['PSF-2'], { after: deb, by: actor });
  settle(editor);
  return { doc, orgs, actor, editor, deb, psf };
}

describe('adopting and merging principles', () => {
  it('adopts a principle as a new clause with its text, recording the origin and who adopted it', () => {
    const { doc, orgs, deb } = adopted();
    expect(readBlocks(doc).map((b) => b.text)).toEqual(['General', PRINCIPLES.DEB[0], PRINCIPLES.PSF[1], 'Drafted here.']);
    const provenance = clauseProvenance(doc, deb);
    expect(provenance?.created).toMatchObject({ how: 'adopted', org: orgs.DEB, delegate: 'Ana' });
    expect(provenance?.origins).toEqual([
      expect.objectContaining({ principle: 'DEB-1', org: orgs.DEB, version: 1, text: PRINCIPLES.DEB[0], path: ['Principles'], adoptedBy: { org: orgs.DEB, delegate: 'Ana' } }),
    ]);
    expect(provenance?.history.map((s) => s.text)).toEqual([PRINCIPLES.DEB[0]]);
  });

  it('merges several principles into one clause with the written wording', () => {
    const { doc, orgs } = coalition();
    const id = editConstitution(doc, (editor) => adoptPrinciples(editor, doc, ['DEB-2', 'PSF-2'], { text: 'We are explicit and hide no problems.', by: ANA }));
    expect(readBlocks(doc).at(-1)).toEqual({ id, type: 'clause', text: 'We are explicit and hide no problems.' });
    expect(clauseProvenance(doc, id)?.created.how).toBe('merged');
    expect(clauseProvenance(doc, id)?.origins.map((o) => [o.principle, o.org])).toEqual([
      ['DEB-2', orgs.DEB],
      ['PSF-2', orgs.PSF],
    ]);
  });

  it('refuses an unknown principle, a missing wording and an unknown position, changing nothing', () => {
    const { doc } = coalition();
    const before = readBlocks(doc);
    expect(errorCode(() => editConstitution(doc, (e) => adoptPrinciples(e, doc, ['nope'], { by: ANA })))).toBe('principle.unknown');
    expect(errorCode(() => editConstitution(doc, (e) => adoptPrinciples(e, doc, ['DEB-1', 'PSF-1'], { by: ANA })))).toBe('adopt.no-text');
    expect(errorCode(() => editConstitution(doc, (e) => adoptPrinciples(e, doc, ['DEB-1'], { after: 'c_missing', by: ANA })))).toBe('block.unknown');
    expect(readBlocks(doc)).toEqual(before);
  });

  it('records a clause written from scratch as drafted by the acting organization', () => {
    const { doc, orgs } = coalition();
    const editor = liveEditor(doc, { org: orgs.PSF, delegate: 'Ben' });
    Transforms.select(editor, Editor.end(editor, [1]));
    editor.insertBreak();
    Transforms.insertText(editor, 'Our own words.');
    settle(editor);
    const id = idByText(doc, 'Our own words.');
    expect(clauseProvenance(doc, id)).toMatchObject({ draftedBy: orgs.PSF, origins: [], created: { how: 'drafted', org: orgs.PSF, delegate: 'Ben' } });
  });
});

describe('provenance survives', () => {
  it('editing the wording', () => {
    const { doc, editor, deb } = adopted();
    Transforms.insertText(editor, ' Always.', { at: Editor.end(editor, [indexOfId(editor, deb)]) });
    settle(editor);
    editConstitution(doc, (e) => setBlockText(e, deb, 'Our priorities are the people.'));
    expect(idByText(doc, 'Our priorities are the people.')).toBe(deb);
    expect(originsOf(doc, deb)).toEqual(['DEB-1']);
  });

  it('splitting a clause: both halves keep the origins', () => {
    const { doc, editor, deb, orgs } = adopted();
    Transforms.select(editor, { path: [indexOfId(editor, deb), 0], offset: 'Our priorities are our users'.length });
    editor.insertBreak();
    settle(editor);
    const half = idByText(doc, ' and free software.');
    expect(half).not.toBe(deb);
    expect(idByText(doc, 'Our priorities are our users')).toBe(deb);
    expect(originsOf(doc, deb)).toEqual(['DEB-1']);
    expect(originsOf(doc, half)).toEqual(['DEB-1']);
    expect(clauseProvenance(doc, half)?.created).toMatchObject({ how: 'split', from: deb, org: orgs.DEB });
    expect(clauseProvenance(doc, half)?.history.map((s) => s.text)).toEqual([' and free software.']);
  });

  it('merging two clauses: the survivor has the union; undo gives the merged clause its own back; redo merges again', () => {
    const { doc, editor, deb, psf } = adopted();
    editor.undoManager.stopCapturing();
    Transforms.mergeNodes(editor, { at: [indexOfId(editor, psf)] });
    settle(editor);
    expect(readBlocks(doc).map((b) => b.id)).not.toContain(psf);
    expect(originsOf(doc, deb)).toEqual(['DEB-1', 'PSF-2']);
    editor.undo();
    expect(readBlocks(doc).map((b) => b.id)).toContain(psf);
    expect(originsOf(doc, deb)).toEqual(['DEB-1']);
    expect(originsOf(doc, psf)).toEqual(['PSF-2']);
    editor.redo();
    expect(originsOf(doc, deb)).toEqual(['DEB-1', 'PSF-2']);
  });

  it('moving a clause', () => {
    const { doc, editor, deb } = adopted();
    moveBlock(editor, deb, 'down');
    settle(editor);
    expect(readBlocks(doc)[2]?.id).toBe(deb);
    expect(originsOf(doc, deb)).toEqual(['DEB-1']);
  });

  it('cut and paste: the block comes back with its id and its origins', () => {
    const { doc, editor, deb } = adopted();
    const at = indexOfId(editor, deb);
    Transforms.select(editor, { anchor: Editor.start(editor, [at]), focus: Editor.end(editor, [at]) });
    const fragment = editor.getFragment();
    Transforms.removeNodes(editor, { at: [at] });
    settle(editor);
    Transforms.insertNodes(editor, fragment, { at: [editor.children.length] });
    settle(editor);
    expect(readBlocks(doc).at(-1)?.id).toBe(deb);
    expect(originsOf(doc, deb)).toEqual(['DEB-1']);
  });

  it('copy and paste: the copy gets a new id and inherits the origins', () => {
    const { doc, editor, deb } = adopted();
    const at = indexOfId(editor, deb);
    Transforms.select(editor, { anchor: Editor.start(editor, [at]), focus: Editor.end(editor, [at]) });
    Transforms.insertNodes(editor, editor.getFragment(), { at: [editor.children.length] });
    settle(editor);
    const copy = readBlocks(doc).at(-1)?.id ?? '';
    expect(copy).not.toBe(deb);
    expect(originsOf(doc, copy)).toEqual(['DEB-1']);
    expect(clauseProvenance(doc, copy)?.created).toMatchObject({ how: 'copied', from: deb });
    expect(originsOf(doc, deb)).toEqual(['DEB-1']);
  });

  it('undo and redo of an adoption and of a split; entries are never deleted', () => {
    const { doc, orgs } = coalition();
    const actor = { org: orgs.PSF, delegate: 'Ben' };
    const editor = liveEditor(doc, actor);
    const id = adoptPrinciples(editor, doc, ['PSF-1'], { by: actor });
    settle(editor);
    editor.undoManager.stopCapturing();
    Transforms.select(editor, { path: [indexOfId(editor, id), 0], offset: 'Beautiful'.length });
    editor.insertBreak();
    settle(editor);
    const half = idByText(doc, ' is better than ugly.');
    editor.undo();
    expect(readBlocks(doc).map((b) => b.id)).not.toContain(half);
    expect(getEntry(doc, half)).toBeDefined();
    editor.undo();
    expect(readBlocks(doc).map((b) => b.id)).not.toContain(id);
    expect(getEntry(doc, id)?.origins.map((o) => o.principle)).toEqual(['PSF-1']);
    editor.redo();
    editor.redo();
    expect(readBlocks(doc).map((b) => b.id)).toEqual(expect.arrayContaining([id, half]));
    expect(originsOf(doc, id)).toEqual(['PSF-1']);
    expect(originsOf(doc, half)).toEqual(['PSF-1']);
  });

  it('concurrent edits by two delegates: both replicas end with the same provenance and each author in the history', () => {
    const { doc: a, deb, orgs } = adopted();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const ana = liveEditor(a, { org: orgs.DEB, delegate: 'Ana' });
    const ben = liveEditor(b, { org: orgs.PSF, delegate: 'Ben' });
    // Offline at once: Ana splits the DEB clause, Ben rewords it and merges two principles into a new clause.
    Transforms.select(ana, { path: [indexOfId(ana, deb), 0], offset: 'Our priorities are our users'.length });
    ana.insertBreak();
    settle(ana);
    Transforms.insertText(ben, 'Today, ', { at: Editor.start(ben, [indexOfId(ben, deb)]) });
    const merged = adoptPrinciples(ben, b, ['DEB-3', 'PSF-3'], { text: 'Free and simple.', by: { org: orgs.PSF, delegate: 'Ben' } });
    settle(ben);
    link(a, b);
    expect(readBlocks(b)).toEqual(readBlocks(a));
    const half = idByText(a, ' and free software.');
    for (const doc of [a, b]) {
      expect(idByText(doc, 'Today, Our priorities are our users')).toBe(deb);
      expect(originsOf(doc, deb)).toEqual(['DEB-1']);
      expect(originsOf(doc, half)).toEqual(['DEB-1']);
      expect(originsOf(doc, merged)).toEqual(['DEB-3', 'PSF-3']);
      expect(clauseProvenance(doc, deb)?.history.map((s) => s.delegate)).toEqual(expect.arrayContaining(['Ana', 'Ben']));
    }
    expect(new Set(readBlocks(a).map((x) => x.id)).size).toBe(readBlocks(a).length);
  });
});
