/**
 * Tab and Shift+Tab in a clause indent and outdent it — "(a)" under the clause above, "(i)" under that —
 * instead of leaving the editor. Keyboard users are never trapped: Escape lets the next Tab (or Shift+Tab)
 * move the focus on as anywhere else (as in CodeMirror), and so does arriving in the text by Tab — the
 * next Tab passes on through, until the delegate types, moves the caret or clicks in the text. In a
 * heading or the preamble, Tab moves the focus as usual. Enter in an empty sub-clause outdents it.
 */
import { useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { depthOf, elementText } from '../../src/constitution/schema.ts';
import { currentBlock } from '../../src/constitution/structure.ts';
import { indentClause, type IndentDirection, type LockedAt } from '../../src/constitution/subclauses.ts';
import { isLockedAt } from '../../src/ratify/locks.ts';
import { guardEdit } from '../../src/ratify/vote-guard.ts';
import { actFirst } from '../identity/acting-guard.ts';
import type { ConcordEditor } from './create-editor.ts';
import { takeBrowserCaret } from './browser-caret.ts';
import { asOwnUndoStep } from './undo-step.ts';

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

export interface TabKeys {
  /** The editor's keydown handler for Tab; returns true when it handled the key. */
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): boolean;
  /** The text got the focus: until the delegate does something in it, Tab passes on through. */
  onFocus(): void;
  /** A click in the text: Tab indents again. */
  onClick(): void;
}

/**
 * Indent or outdent the clause the cursor is in (the browser's caret, which Slate may not have taken in yet),
 * as one undo step, asking first if the clause is under a vote.
 */
export function indentAtCursor(editor: ConcordEditor, direction: IndentDirection): void {
  takeBrowserCaret(editor);
  const block = currentBlock(editor);
  if (block?.type !== 'clause') return;
  actFirst(editor, () => guardEdit(editor, 'text', () => asOwnUndoStep(editor, () => void indentClause(editor, block.id, direction, lockedIn(editor)))));
}

/** The lock's answer for the editor's blocks (a clause with a ratified part is indented whole or not at all). */
export function lockedIn(editor: ConcordEditor): LockedAt {
  return (index) => isLockedAt(editor, index);
}

/** Tab in the editor: indent and outdent in a clause, with the ways out above. */
export function useTabKeys(editor: ConcordEditor): TabKeys {
  const escaped = useRef(false);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>): boolean => {
      if (MODIFIERS.has(event.key)) return false;
      if (event.key === 'Escape') {
        escaped.current = true;
        return false;
      }
      const leaving = escaped.current;
      escaped.current = false;
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      const block = currentBlock(editor);
      // Enter in an empty sub-clause outdents it, as in a word processor's lists.
      if (event.key === 'Enter' && plain && !event.shiftKey && block && depthOf(block) > 0 && elementText(block) === '') {
        event.preventDefault();
        indentAtCursor(editor, 'outdent');
        return true;
      }
      if (event.key !== 'Tab' || !plain || leaving) return false;
      if (block?.type !== 'clause') return false;
      event.preventDefault();
      indentAtCursor(editor, event.shiftKey ? 'outdent' : 'indent');
      return true;
    },
    [editor],
  );
  return useMemo(
    () => ({
      onKeyDown,
      onFocus: () => void (escaped.current = true),
      onClick: () => void (escaped.current = false),
    }),
    [onKeyDown],
  );
}
