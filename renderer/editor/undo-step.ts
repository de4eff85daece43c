/** Run an action of the editor as an undo step of its own, apart from the typing around it (one Ctrl+Z undoes it whole). */
import { YjsEditor } from '@slate-yjs/core';
import type { ConcordEditor } from './create-editor.ts';

export function asOwnUndoStep(editor: ConcordEditor, action: () => void): void {
  editor.undoManager.stopCapturing();
  action();
  YjsEditor.flushLocalChanges(editor);
  editor.undoManager.stopCapturing();
}
