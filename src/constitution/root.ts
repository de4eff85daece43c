/**
 * Where the constitution lives in the workspace's Y.Doc (one Y.XmlText bound to Slate) and how to read it
 * as plain blocks without an editor.
 */
import { yTextToSlateElement } from '@slate-yjs/core';
import type { Descendant } from 'slate';
import * as Y from 'yjs';
import { isConstitutionElement, toBlock, type Block } from './schema.ts';

export const CONSTITUTION_ROOT = 'constitution';

export function constitutionRoot(doc: Y.Doc): Y.XmlText {
  return doc.get(CONSTITUTION_ROOT, Y.XmlText);
}

/** The constitution's blocks as plain data, in order. */
export function readBlocks(doc: Y.Doc): Block[] {
  const children: Descendant[] = yTextToSlateElement(constitutionRoot(doc)).children;
  return children.filter(isConstitutionElement).map(toBlock);
}
