/**
 * Whether the editor is applying a remote change: one that arrived from Yjs (a peer's edit, or the undo
 * manager restoring content). Plugins that decide something about an operation (a fresh id, provenance)
 * act on local operations only: remote ones were already decided by the replica that made them.
 */
import { YjsEditor } from '@slate-yjs/core';
import type { Editor } from 'slate';

export function isApplyingRemote(editor: Editor): boolean {
  return YjsEditor.isYjsEditor(editor) && YjsEditor.connected(editor) && !YjsEditor.isLocal(editor);
}
