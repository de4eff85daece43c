/**
 * Replacing found text (see find.ts) in the constitution through a Slate editor, so the lock, id and
 * provenance plugins see every change. Matches are replaced from the last to the first, so the offsets of
 * those still to do hold; a match whose block is gone or changed since it was found is left alone. The
 * caller leaves out matches in locked blocks (the lock plugin would refuse them anyway).
 */
import { Editor, Transforms, type BaseRange, type Point } from 'slate';
import type { FindMatch } from './find.ts';
import { elementText, isConstitutionElement } from './schema.ts';

/** The point at `offset` characters into block `index`'s text. */
function pointIn(editor: Editor, index: number, offset: number): Point | undefined {
  const block = editor.children[index];
  if (!isConstitutionElement(block)) return undefined;
  let left = offset;
  for (const [child, text] of block.children.entries()) {
    if (left <= text.text.length) return { path: [index, child], offset: left };
    left -= text.text.length;
  }
  return undefined;
}

/** The range of `match` (found over the editor's children, index for index) in the editor's document, or undefined when its block no longer holds it. */
export function matchRange(editor: Editor, match: FindMatch): BaseRange | undefined {
  const block = editor.children[match.block];
  if (!isConstitutionElement(block) || block.id !== match.id || elementText(block).length < match.end) return undefined;
  const anchor = pointIn(editor, match.block, match.start);
  const focus = pointIn(editor, match.block, match.end);
  return anchor && focus ? { anchor, focus } : undefined;
}

/** Replace every match in `matches` by `replacement`; returns how many were replaced. */
export function replaceMatches(editor: Editor, matches: readonly FindMatch[], replacement: string): number {
  const ordered = [...matches].sort((a, b) => b.block - a.block || b.start - a.start);
  let replaced = 0;
  Editor.withoutNormalizing(editor, () => {
    for (const match of ordered) {
      const range = matchRange(editor, match);
      if (!range) continue;
      Transforms.delete(editor, { at: range });
      if (replacement !== '') Transforms.insertText(editor, replacement, { at: range.anchor });
      replaced += 1;
    }
  });
  return replaced;
}
