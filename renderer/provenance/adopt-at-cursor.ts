/**
 * Adopting principles in the app: each group (one principle, or several with merged wording) becomes a
 * clause after the block the cursor was last in (or at the end), in order. While the editor is on screen
 * this is one undo step of the delegate's; from another view (the editor is then disconnected) the same
 * core function runs on a headless editor, with the same author.
 */
import { YjsEditor } from '@slate-yjs/core';
import type { Editor } from 'slate';
import type * as Y from 'yjs';
import { editConstitution } from '../../src/constitution/document.ts';
import { indexOfId } from '../../src/constitution/structure.ts';
import { adoptPrinciples } from '../../src/provenance/adopt.ts';
import type { Author } from '../../src/provenance/store.ts';
import type { ConcordEditor } from '../editor/create-editor.ts';

export interface AdoptGroup {
  ids: string[];
  /** The merged wording (required for several principles). */
  text?: string;
}

function adoptAll(editor: Editor, doc: Y.Doc, groups: readonly AdoptGroup[], after: string | undefined, by: Author): string[] {
  let at = after !== undefined && indexOfId(editor, after) >= 0 ? after : undefined;
  return groups.map((group) => {
    at = adoptPrinciples(editor, doc, group.ids, { after: at, by, ...(group.text === undefined ? {} : { text: group.text }) });
    return at;
  });
}

export function adoptAtCursor(editor: ConcordEditor, doc: Y.Doc, groups: readonly AdoptGroup[], after: string | undefined, by: Author): string[] {
  if (!YjsEditor.connected(editor)) return editConstitution(doc, (headless) => adoptAll(headless, doc, groups, after, by), { actor: () => by });
  editor.undoManager.stopCapturing();
  try {
    return adoptAll(editor, doc, groups, after, by);
  } finally {
    YjsEditor.flushLocalChanges(editor);
    editor.undoManager.stopCapturing();
  }
}
