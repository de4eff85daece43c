/** Shared helpers of the core's unit tests: build a workspace with a given constitution quickly. */
import { Transforms } from 'slate';
import * as Y from 'yjs';
import { editConstitution, readBlocks } from '../../src/constitution/document.ts';
import { isBlockType } from '../../src/constitution/schema.ts';
import { newBlock } from '../../src/constitution/structure.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { initWorkspace } from '../../src/workspace/init.ts';
import { newWorkspaceDoc } from '../../src/workspace/doc.ts';

/** Spec prefixes of sub-clauses: "sub:" a clause of depth 1 "(a)", "subsub:" of depth 2 "(i)". */
const SUB_PREFIXES: Readonly<Record<string, 1 | 2>> = { sub: 1, subsub: 2 };

/** A workspace whose constitution is exactly `spec`: lines like "article:Membership", "clause:Any…" or "sub:…". */
export function workspaceWith(spec: readonly string[], name = 'Test Coalition'): Y.Doc {
  const doc = newWorkspaceDoc();
  initWorkspace(doc, name);
  editConstitution(doc, (editor) => {
    Transforms.removeNodes(editor, { at: [0] });
    spec.forEach((line, i) => {
      const [prefix = '', ...rest] = line.split(':');
      const depth = SUB_PREFIXES[prefix];
      const type = depth === undefined ? prefix : 'clause';
      if (!isBlockType(type)) throw new Error(`bad block type in spec: ${line}`);
      const block = newBlock(type, rest.join(':'));
      Transforms.insertNodes(editor, depth === undefined ? block : { ...block, depth }, { at: [i] });
    });
  });
  return doc;
}

/** The constitution as "type:text" lines (a sub-clause "sub:text" or "subsub:text"), to compare with a spec. */
export function specOf(doc: Y.Doc): string[] {
  return readBlocks(doc).map((b) => `${b.depth === undefined ? b.type : b.depth === 1 ? 'sub' : 'subsub'}:${b.text}`);
}

export function idByText(doc: Y.Doc, text: string): string {
  const found = readBlocks(doc).find((b) => b.text === text);
  if (!found) throw new Error(`no block with text ${text}`);
  return found.id;
}

/** Connect two docs so every update of one reaches the other at once (an ideal network). */
export function link(a: Y.Doc, b: Y.Doc): void {
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, update, a));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, update, b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), a);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), b);
}

/** The code of the ConcordError `action` throws, or 'none'. */
export function errorCode(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof ConcordError) return error.code;
    throw error;
  }
  return 'none';
}
