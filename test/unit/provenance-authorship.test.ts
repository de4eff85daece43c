/**
 * Who wrote what, with two delegates typing into the same clause at once: a delegate's history point holds
 * the wording right after their own change, never a peer's words that arrived before it was written; and a
 * peer's change that makes Slate normalize the text on this replica is not recorded as this delegate's.
 */
import { YjsEditor } from '@slate-yjs/core';
import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { indexOfId } from '../../src/constitution/structure.ts';
import { flushProvenance } from '../../src/provenance/plugin.ts';
import { readHistory } from '../../src/provenance/history.ts';
import { idByText, link } from './core-helpers.ts';
import { coalition, liveEditor } from './provenance-helpers.ts';

function typeAtEnd(editor: Editor, id: string, text: string): void {
  const index = indexOfId(editor, id);
  Transforms.insertText(editor, text, { at: Editor.end(editor, [index]) });
}

/** Ana (DEB) and Ben (PSF), each with a live editor on their own replica, linked; the clause they both edit. */
function twoDelegates() {
  const { doc, orgs } = coalition();
  const peer = new Y.Doc();
  link(doc, peer);
  const clause = idByText(doc, 'Drafted here.');
  const ana = liveEditor(doc, { org: orgs.DEB, delegate: 'Ana' });
  const ben = liveEditor(peer, { org: orgs.PSF, delegate: 'Ben' });
  return { doc, clause, ana, ben };
}

describe('authorship with two delegates in one clause', () => {
  it("records each delegate's own wording, not the peer's words that arrived before the point was written", () => {
    const { doc, clause, ana, ben } = twoDelegates();
    typeAtEnd(ben, clause, ' Ben was here.');
    YjsEditor.flushLocalChanges(ben);
    // Ana's words reach Ben's replica before Ben's history point is written.
    typeAtEnd(ana, clause, ' Ana too.');
    YjsEditor.flushLocalChanges(ana);
    flushProvenance(ben);
    flushProvenance(ana);
    const points = readHistory(doc, clause).map((p) => `${p.delegate}: ${p.text}`);
    expect(points).toContain('Ben: Drafted here. Ben was here.');
    expect(points).toContain('Ana: Drafted here. Ben was here. Ana too.');
    expect(points.filter((p) => p.startsWith('Ben:'))).toHaveLength(1);
  });

  it("does not record a peer's change as this delegate's when Slate normalizes it here", () => {
    const { doc, clause, ana, ben } = twoDelegates();
    // Two text leaves in Ana's block reach Ben's replica; Slate there merges them (a local operation).
    const index = indexOfId(ana, clause);
    Transforms.insertNodes(ana, { text: ' Second leaf.' }, { at: [index, 1] });
    YjsEditor.flushLocalChanges(ana);
    Editor.normalize(ben, { force: true });
    flushProvenance(ben);
    flushProvenance(ana);
    expect(readHistory(doc, clause).map((p) => p.delegate)).not.toContain('Ben');
  });
});
