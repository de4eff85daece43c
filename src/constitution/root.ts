/**
 * Where the constitution lives in the workspace's Y.Doc (one Y.XmlText bound to Slate) and how to read it
 * as plain blocks without an editor (flat and without recursion: see workspace/doc-shape.ts).
 */
import * as Y from 'yjs';
import type { Block } from './schema.ts';
import { CONSTITUTION, readConstitution } from '../workspace/doc-shape.ts';

export const CONSTITUTION_ROOT = CONSTITUTION;

export function constitutionRoot(doc: Y.Doc): Y.XmlText {
  return doc.get(CONSTITUTION_ROOT, Y.XmlText);
}

/** The constitution's blocks as plain data, in order (damaged parts left out). */
export function readBlocks(doc: Y.Doc): Block[] {
  return readConstitution(doc).blocks;
}

/** The Y.XmlText of the block with this id, if it is in the constitution (a walk over the blocks: find it once, then keep it). */
export function blockText(doc: Y.Doc, id: string): Y.XmlText | undefined {
  for (let item = constitutionRoot(doc)._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const block = item.content.type;
    if (block instanceof Y.XmlText && block.getAttribute('id') === id) return block;
  }
  return undefined;
}

/** Whether `text` is still the block `id` of the constitution (not deleted, not moved out, not renamed). */
export function isBlockText(doc: Y.Doc, text: unknown, id: string): text is Y.XmlText {
  return text instanceof Y.XmlText && text._item !== null && !text._item.deleted && text._item.parent === constitutionRoot(doc) && text.getAttribute('id') === id;
}
