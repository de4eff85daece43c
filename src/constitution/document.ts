/**
 * The constitution inside the workspace's Y.Doc: one Y.XmlText bound to Slate by @slate-yjs/core. Reading
 * it and editing it without a screen (CLI, tests, server-side checks) go through a headless Slate editor
 * with the same plugins the app uses, so there is one way to change the document.
 */
import { withYjs, YjsEditor, yTextToSlateElement } from '@slate-yjs/core';
import { createEditor, Editor, type Descendant } from 'slate';
import * as Y from 'yjs';
import { isConstitutionElement, toBlock, type Block } from './schema.ts';
import { withStableIds } from './stable-ids.ts';
import type { ActorSource } from '../workspace/actor.ts';
import { flushProvenance, withProvenance } from '../provenance/plugin.ts';

export const CONSTITUTION_ROOT = 'constitution';

export function constitutionRoot(doc: Y.Doc): Y.XmlText {
  return doc.get(CONSTITUTION_ROOT, Y.XmlText);
}

/** The constitution's blocks as plain data, in order. */
export function readBlocks(doc: Y.Doc): Block[] {
  const children: Descendant[] = yTextToSlateElement(constitutionRoot(doc)).children;
  return children.filter(isConstitutionElement).map(toBlock);
}

export interface BindOptions {
  /** The Yjs transaction origin of this editor's own changes. */
  localOrigin?: unknown;
  /** Who is making this editor's changes (for provenance). */
  actor?: ActorSource;
}

/** A Slate editor bound to the document with Concord's plugins, as the app builds it (minus React). */
export function bindEditor<T extends Editor>(editor: T, doc: Y.Doc, options: BindOptions = {}): T & YjsEditor {
  const { localOrigin } = options;
  const bound = withYjs(editor, constitutionRoot(doc), localOrigin === undefined ? {} : { localOrigin });
  // Outermost, so that it sees each local operation before and after the plugins below decide on it.
  return withProvenance(withStableIds(bound), doc, options.actor === undefined ? {} : { actor: options.actor });
}

/**
 * Run structural or text edits on the constitution without a screen. The changes are written to the
 * Y.Doc in one transaction when `edit` returns, and the result of `edit` is passed back.
 */
export function editConstitution<R>(doc: Y.Doc, edit: (editor: Editor) => R, options: BindOptions = {}): R {
  const editor = bindEditor(createEditor(), doc, options);
  YjsEditor.connect(editor);
  try {
    const result = edit(editor);
    YjsEditor.flushLocalChanges(editor);
    flushProvenance(editor);
    return result;
  } finally {
    YjsEditor.disconnect(editor);
  }
}
