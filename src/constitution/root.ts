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
