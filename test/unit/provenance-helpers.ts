/** Shared helpers of the provenance tests: a coalition with two organizations' principles, live editors, actors. */
import { withYHistory, YjsEditor } from '@slate-yjs/core';
import { createEditor } from 'slate';
import type * as Y from 'yjs';
import { bindEditor } from '../../src/constitution/document.ts';
import { flushProvenance } from '../../src/provenance/plugin.ts';
import { clauseProvenance } from '../../src/provenance/resolve.ts';
import type { Actor } from '../../src/workspace/actor.ts';
import { addSource } from '../../src/workspace/sources.ts';
import { addOrganization } from '../../src/workspace/workspace.ts';
import { workspaceWith } from './core-helpers.ts';

export const PRINCIPLES = {
  DEB: ['Our priorities are our users and free software.', 'We will not hide problems.', 'Debian will remain 100% free.'],
  PSF: ['Beautiful is better than ugly.', 'Explicit is better than implicit.', 'Simple is better than complex.'],
} as const;

/** Principle ids are "<org>-<n>" (e.g. "DEB-1"), so tests can name them. */
export function coalition(spec: readonly string[] = ['article:General', 'clause:Drafted here.']): { doc: Y.Doc; orgs: Record<'DEB' | 'PSF', string> } {
  const doc = workspaceWith(spec);
  const deb = addOrganization(doc, { name: 'Debian', short: 'DEB' });
  const psf = addOrganization(doc, { name: 'Python Software Foundation', short: 'PSF' });
  for (const [short, texts] of Object.entries(PRINCIPLES)) {
    addSource(doc, short, `${short} platform`, {
      fileName: `${short}.txt`,
      format: 'txt',
      digest: short,
      principles: texts.map((text, i) => ({ id: `${short}-${i + 1}`, path: ['Principles'], text })),
    });
  }
  return { doc, orgs: { DEB: deb.id, PSF: psf.id } };
}

/** A live editor as the app has one (undo of its own changes), acting for `actor`. */
export function liveEditor(doc: Y.Doc, actor: Actor | null = null) {
  const editor = withYHistory(bindEditor(createEditor(), doc, { actor: () => actor }));
  YjsEditor.connect(editor);
  return editor;
}

/** Send the editor's changes to Yjs and write its history, as the app does a moment later. */
export function settle(editor: YjsEditor): void {
  YjsEditor.flushLocalChanges(editor);
  flushProvenance(editor);
}

/** The principle ids a block is drawn from, sorted. */
export function originsOf(doc: Y.Doc, id: string): string[] {
  return (clauseProvenance(doc, id)?.origins ?? []).map((o) => o.principle).sort();
}
