/**
 * Reading suggestions' marks straight from the Y.Doc, for views without an editor at hand (the clause's
 * side card, the Ratification view): a block's text read as runs with their marks (marks.ts), or several
 * blocks' in one pass over the constitution. Damaged marks are read as none, as the rest of the core reads them.
 */
import * as Y from 'yjs';
import { constitutionRoot } from '../constitution/root.ts';
import { isRemovalMark, soundMarks, type MarkedText } from './marks.ts';

/** A block's text as runs with their marks. */
export function runsOf(text: Y.XmlText): MarkedText[] {
  const runs: MarkedText[] = [];
  const parts: Array<{ insert?: unknown; attributes?: unknown }> = text.toDelta();
  for (const part of parts) {
    if (typeof part.insert !== 'string') continue;
    const run: MarkedText = { text: part.insert };
    const attributes = part.attributes;
    if (soundMarks(attributes) && typeof attributes === 'object' && attributes !== null) {
      for (const [key, value] of Object.entries(attributes)) {
        if (key === 'ins' && typeof value === 'string') run.ins = value;
        else if (value === true && isRemovalMark(key)) run[key] = true;
      }
    }
    runs.push(run);
  }
  return runs;
}

/** The runs of text, with their marks, of each block among `ids` (blocks not found are left out). */
export function markedRuns(doc: Y.Doc, ids: ReadonlySet<string>): Map<string, MarkedText[]> {
  const out = new Map<string, MarkedText[]>();
  for (let item = constitutionRoot(doc)._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const block = item.content.type;
    const id: unknown = block instanceof Y.XmlText ? block.getAttribute('id') : undefined;
    if (block instanceof Y.XmlText && typeof id === 'string' && ids.has(id)) out.set(id, runsOf(block));
  }
  return out;
}
