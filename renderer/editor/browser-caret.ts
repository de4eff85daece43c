/**
 * Slate takes the browser's caret into its own selection at most every 100 ms (a throttled selectionchange),
 * and not at all once the editor has lost focus: a caret moved just before leaving the text — Home, then
 * Escape and Tab to the toolbar's + Section — was forgotten, and the toolbar acted where the caret had been
 * before. The toolbar takes the browser's caret (still in the text while a button has focus) first.
 */
import { Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';

export function takeBrowserCaret(editor: ReactEditor): void {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !ReactEditor.hasDOMNode(editor, selection.anchorNode)) return;
  const range = ReactEditor.toSlateRange(editor, selection, { exactMatch: false, suppressThrow: true });
  if (range && !(editor.selection && Range.equals(range, editor.selection))) Transforms.select(editor, range);
}
