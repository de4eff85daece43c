/**
 * Tab and Shift+Tab in a clause indent and outdent it — "(a)" under the clause above, "(i)" under that —
 * instead of leaving the editor. Escape first lets the next Tab (or Shift+Tab) move the focus on as
 * anywhere else, as in CodeMirror, so keyboard users are never trapped; in a heading or the preamble, Tab
 * moves the focus as usual.
 */
import { useCallback, useRef, type KeyboardEvent } from 'react';
import { currentBlock } from '../../src/constitution/structure.ts';
import { indentClause, type IndentDirection } from '../../src/constitution/subclauses.ts';
import { guardEdit } from '../../src/ratify/vote-guard.ts';
import type { ConcordEditor } from './create-editor.ts';
import { asOwnUndoStep } from './undo-step.ts';

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/** What the editor's hint says about Tab, for screen readers (aria-describedby). */
export const TAB_HINT = 'In a clause, Tab indents it as a sub-clause and Shift+Tab outdents it; press Escape, then Tab, to leave the text.';

/** Indent or outdent the clause the cursor is in, as one undo step, asking first if the clause is under a vote. */
export function indentAtCursor(editor: ConcordEditor, direction: IndentDirection): void {
  const block = currentBlock(editor);
  if (block?.type === 'clause') guardEdit(editor, 'text', () => asOwnUndoStep(editor, () => void indentClause(editor, block.id, direction)));
}

/** The editor's keydown handler for Tab; returns true when it handled the key. */
export function useTabKeys(editor: ConcordEditor): (event: KeyboardEvent<HTMLDivElement>) => boolean {
  const escaped = useRef(false);
  return useCallback(
    (event: KeyboardEvent<HTMLDivElement>): boolean => {
      if (MODIFIERS.has(event.key)) return false;
      if (event.key === 'Escape') {
        escaped.current = true;
        return false;
      }
      const leaving = escaped.current;
      escaped.current = false;
      if (event.key !== 'Tab' || event.ctrlKey || event.metaKey || event.altKey || leaving) return false;
      if (currentBlock(editor)?.type !== 'clause') return false;
      event.preventDefault();
      indentAtCursor(editor, event.shiftKey ? 'outdent' : 'indent');
      return true;
    },
    [editor],
  );
}
