/**
 * Input in locked text, in text under a vote the delegate has not chosen to edit, or before the delegate
 * has said whom they act for (renderer/identity/acting-guard.ts), is refused or held —
 * and the typist's screen must not show what the document never got. Input while suggesting is also taken
 * by Slate alone, since it is inserted as a marked run of its own. Slate lets the browser draw some
 * input itself and takes it into the document just after: a typed letter (a–z, space), and a composition
 * (an input method, or a dead key: ´ then a gives á). There, a typed letter goes through Slate alone,
 * before the browser draws it; a composition cannot be stopped, so once Slate has taken (or refused) it,
 * the block's text on screen is put back to what Slate holds.
 */
import { useCallback, useMemo, type CompositionEvent } from 'react';
import { Editor, Node, Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { needsCheckedInput } from '../../src/ratify/vote-guard.ts';
import { isSuggesting } from '../../src/suggest/plugin.ts';
import { actingHoldsInput } from '../identity/acting-guard.ts';

/** Make the text on screen of the block at the selection what Slate holds (each leaf drawn in one string). */
function redrawBlockAtSelection(editor: ReactEditor): void {
  const index = editor.selection?.anchor.path[0];
  const block = index === undefined ? undefined : editor.children[index];
  if (!block) return;
  let redrawn = false;
  for (const [text] of Node.texts(block)) {
    const strings = ReactEditor.toDOMNode(editor, text).querySelectorAll('[data-slate-string]');
    const [only] = strings;
    if (strings.length === 1 && only && only.textContent !== text.text) {
      only.textContent = text.text;
      redrawn = true;
    }
  }
  if (!redrawn || !editor.selection) return;
  // The browser's caret was inside the text just replaced: put it back where Slate's is.
  const range = ReactEditor.toDOMRange(editor, editor.selection);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export interface CheckedInput {
  onDOMBeforeInput(event: InputEvent): boolean;
  onCompositionEnd(event: CompositionEvent<HTMLDivElement>): boolean;
}

export function useCheckedInput(editor: ReactEditor): CheckedInput {
  const onDOMBeforeInput = useCallback(
    (event: InputEvent): boolean => {
      if (event.inputType !== 'insertText' || typeof event.data !== 'string') return false;
      const [target] = event.getTargetRanges();
      const range = target ? ReactEditor.toSlateRange(editor, target, { exactMatch: false, suppressThrow: true }) : null;
      // While suggesting, typed words are inserted marked: never left to the browser either.
      if (!isSuggesting(editor) && !needsCheckedInput(editor, range ?? editor.selection) && !actingHoldsInput(editor)) return false;
      if (range && !(editor.selection && Range.equals(editor.selection, range))) Transforms.select(editor, range);
      event.preventDefault();
      Editor.insertText(editor, event.data);
      return true;
    },
    [editor],
  );
  const onCompositionEnd = useCallback(
    (event: CompositionEvent<HTMLDivElement>): boolean => {
      // Slate takes the composition into the document after this handler: check once it has.
      if (event.data !== '' && (isSuggesting(editor) || needsCheckedInput(editor) || actingHoldsInput(editor))) setTimeout(() => redrawBlockAtSelection(editor), 0);
      return false;
    },
    [editor],
  );
  return useMemo(() => ({ onDOMBeforeInput, onCompositionEnd }), [onDOMBeforeInput, onCompositionEnd]);
}
