/**
 * Plain text pasted from outside the editor: each non-blank line becomes a block, and blank lines only
 * separate ("P1\n\nP2\n\nP3" gives three clauses, none empty). The new blocks carry fresh ids, so
 * provenance records them as drafted here, not as copies of the block the cursor was in. After an article
 * or section heading the following lines become clauses, as Enter at the end of a heading does; in a
 * sub-clause they become sub-clauses of the same depth, as Enter there does.
 */
import type { Editor } from 'slate';
import { depthOf, type BlockType, type ConstitutionElement } from './schema.ts';
import { currentBlock, newBlock } from './structure.ts';

/** The lines of pasted text that become blocks: every line with something on it, trimmed. */
export function pastedLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Insert `text` at the cursor, one block per line (see above); a single line is inserted as typed. */
export function insertPastedText(editor: Editor, text: string): void {
  const lines = pastedLines(text);
  const [first] = lines;
  if (first === undefined) return;
  if (lines.length === 1) return editor.insertText(/\r|\n/.test(text) ? first : text);
  const current = currentBlock(editor);
  const type: BlockType = current?.type ?? 'clause';
  const next: BlockType = type === 'article' || type === 'section' ? 'clause' : type;
  const depth = current ? depthOf(current) : 0;
  const deep = (block: ConstitutionElement): ConstitutionElement => (depth === 0 || block.type !== 'clause' ? block : { ...block, depth });
  editor.insertFragment(lines.map((line, i) => deep(newBlock(i === 0 ? type : next, line))));
}
