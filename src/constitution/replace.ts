/**
 * Replacing found text (see find.ts) in the constitution through a Slate editor, so the lock, id and
 * provenance plugins see every change. Blocks are changed from the last to the first, one change each; a
 * match whose block is gone or changed since it was found is left alone. The caller leaves out matches in
 * locked blocks (the lock plugin would refuse them anyway).
 */
import { Transforms, type BaseRange, type Editor, type Point } from 'slate';
import { matchesByBlock, type FindMatch } from './find.ts';
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
  // One change per block, from its first match to its last: each change copies the document's list of
  // blocks (Slate is immutable), so changes per match would make Replace all quadratic in long drafts.
  const byBlock = matchesByBlock(matches);
  let replaced = 0;
  for (const index of [...byBlock.keys()].sort((a, b) => b - a)) {
    const list = byBlock.get(index) ?? [];
    const first = list[0];
    const last = list.at(-1);
    const node = editor.children[index];
    if (!first || !last || !isConstitutionElement(node) || list.some((m) => m.id !== node.id)) continue;
    const range = matchRange(editor, { ...first, end: last.end });
    if (!range) continue;
    const text = elementText(node);
    let span = '';
    let from = first.start;
    for (const match of list) {
      if (match.start < from) continue; // overlapping matches are not from find.ts: the first one wins
      span += text.slice(from, match.start) + replacement;
      from = match.end;
      replaced += 1;
    }
    Transforms.delete(editor, { at: range });
    if (span !== '') Transforms.insertText(editor, span, { at: range.anchor });
  }
  return replaced;
}
