/**
 * A clause deleted under you: when another delegate's change removes the block this delegate's cursor is
 * in, Slate would move the cursor to the end of the previous block and the next keystrokes would land
 * there, silently. Instead the cursor is taken away (the editor loses focus, so keystrokes go nowhere)
 * and the delegate is told who deleted it and how it comes back: "Ben deleted the clause you were editing
 * (Ctrl+Z on their side restores it)".
 *
 * Who: a Yjs deletion carries no author, so each remote delegate's cursor is followed to the blocks it
 * visits; the last one seen in the deleted block is named (a delete is made from inside the block). The
 * server relays presence at once but edits only once stored, so the deleter's cursor has usually left the
 * block before the deletion arrives: hence the last visitor, not whoever is there now.
 */
import { CursorEditor, relativeRangeToSlateRange, YjsEditor, type RelativeRange } from '@slate-yjs/core';
import { useEffect } from 'react';
import { Path, Transforms, type Operation } from 'slate';
import { ReactEditor } from 'slate-react';
import { isConstitutionElement } from '../../src/constitution/schema.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { readPresenceUser } from '../../src/sync/presence.ts';
import type { ConcordEditor } from './create-editor.ts';

function isRelativeRange(value: unknown): value is RelativeRange {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'anchor') && Object.hasOwn(value, 'focus');
}

/** A change from another replica (not this editor's typing, nor its own undo/redo, nor the local store loading). */
function isRemoteChange(editor: ConcordEditor): boolean {
  if (!YjsEditor.connected(editor) || YjsEditor.isLocal(editor)) return false;
  return YjsEditor.origin(editor) !== editor.undoManager;
}

export function deletedClauseMessage(name: string | undefined): string {
  return name === undefined ? i18n.t('editor:deletedClause.byAnother') : i18n.t('editor:deletedClause.byName', { name });
}

/** Watch `editor` for remote deletions of the block the cursor is in; returns a function that stops. */
export function watchDeletedClause(editor: ConcordEditor, notify: (message: string) => void): () => void {
  /** Block id → the name of the last remote delegate whose cursor was seen in it. */
  const lastVisitor = new Map<string, string | undefined>();
  const follow = (): void => {
    for (const state of Object.values(CursorEditor.cursorStates(editor))) {
      if (!isRelativeRange(state.relativeSelection)) continue;
      let range: ReturnType<typeof relativeRangeToSlateRange>;
      try {
        range = relativeRangeToSlateRange(editor.sharedRoot, editor, state.relativeSelection);
      } catch {
        continue; // a position a hostile or stale peer sent that does not resolve here
      }
      const node = range ? editor.children[range.focus.path[0] ?? -1] : undefined;
      if (isConstitutionElement(node)) lastVisitor.set(node.id, readPresenceUser(state.data)?.name);
    }
  };
  let active = true;
  const { apply } = editor;
  editor.apply = (op: Operation) => {
    const selection = editor.selection;
    const removesMine =
      active &&
      op.type === 'remove_node' &&
      op.path.length === 1 &&
      selection !== null &&
      (Path.isAncestor(op.path, selection.anchor.path) || Path.isAncestor(op.path, selection.focus.path)) &&
      isRemoteChange(editor);
    if (!removesMine) return apply(op);
    const by = isConstitutionElement(op.node) ? lastVisitor.get(op.node.id) : undefined;
    apply(op);
    // After Slate has moved the selection into the previous block: take it away, and the focus with it.
    queueMicrotask(() => {
      Transforms.deselect(editor);
      if (ReactEditor.isFocused(editor)) ReactEditor.blur(editor);
      notify(deletedClauseMessage(by));
    });
  };
  editor.awareness.on('change', follow);
  follow();
  return () => {
    active = false;
    editor.awareness.off('change', follow);
  };
}

export function useDeletedClauseNotice(editor: ConcordEditor, notify: (message: string) => void): void {
  useEffect(() => watchDeletedClause(editor, notify), [editor, notify]);
}
