/**
 * The constitution inside the workspace's Y.Doc: one Y.XmlText bound to Slate by @slate-yjs/core. Reading
 * it and editing it without a screen (CLI, tests, server-side checks) go through a headless Slate editor
 * with the same plugins the app uses, so there is one way to change the document.
 */
import { withYjs, YjsEditor } from '@slate-yjs/core';
import { createEditor, type Editor } from 'slate';
import type * as Y from 'yjs';
import { constitutionRoot } from './root.ts';
import { LockIndex, withLocks } from '../ratify/locks.ts';
import { withStableIds } from './stable-ids.ts';
import type { ActorSource } from '../workspace/actor.ts';
import { flushProvenance, withProvenance } from '../provenance/plugin.ts';
import type { ConcordError } from '../workspace/errors.ts';

export { CONSTITUTION_ROOT, constitutionRoot, readBlocks } from './root.ts';

export interface BindOptions {
  /** The Yjs transaction origin of this editor's own changes. */
  localOrigin?: unknown;
  /** Who is making this editor's changes (for provenance). */
  actor?: ActorSource;
  /** Told when a local change to ratified text is refused; without it the change throws. */
  onLocked?: (refusal: ConcordError) => void;
  /** The time of a change, for provenance (tests pass their own clock). */
  clock?: () => Date;
}

const lockIndexes = new WeakMap<Y.Doc, LockIndex>();

function locksOf(doc: Y.Doc): LockIndex {
  let index = lockIndexes.get(doc);
  if (!index) {
    index = new LockIndex(doc);
    lockIndexes.set(doc, index);
  }
  return index;
}

/** The ids of the blocks the lock plugin keeps from changing (ratified or agreed text). */
export function lockedBlockIds(doc: Y.Doc): ReadonlySet<string> {
  return locksOf(doc).ids();
}

/** A Slate editor bound to the document with Concord's plugins, as the app builds it (minus React). */
export function bindEditor<T extends Editor>(editor: T, doc: Y.Doc, options: BindOptions = {}): T & YjsEditor {
  const { localOrigin } = options;
  const bound = withYjs(editor, constitutionRoot(doc), localOrigin === undefined ? {} : { localOrigin });
  // Provenance wraps the id plugin, so it sees each local operation before and after ids are decided.
  const { actor, clock } = options;
  const tracked = withProvenance(withStableIds(bound), doc, { ...(actor === undefined ? {} : { actor }), ...(clock === undefined ? {} : { clock }) });
  // Locks outermost: a refused operation reaches neither provenance nor the document.
  return withLocks(tracked, locksOf(doc), options.onLocked);
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
