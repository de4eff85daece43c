/**
 * The shape of the constitution as Slate sees it: a flat list of blocks. Structure (which clause belongs to
 * which section and article) follows from the order of the blocks, so moving and numbering stay simple and
 * every block keeps one stable `id` whatever happens around it. A sub-clause is a clause with a `depth`:
 * 1 for "(a)" under a clause, 2 for "(i)" under those; a clause of depth 0 carries no `depth` at all.
 */
import type { BaseEditor } from 'slate';
import { agreedText, type MarkedText } from '../suggest/marks.ts';

export const BLOCK_TYPES = ['preamble', 'article', 'section', 'clause'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

/** The deepest a clause may be indented: (1) → (a) → (i). */
export const MAX_DEPTH = 2;
/** How far a sub-clause is indented under its clause: 1 "(a)", 2 "(i)". */
export type SubDepth = 1 | 2;

/** A stored `depth` as the core reads it: 1 or 2, anything else (absent, hostile, malformed) is not a depth. */
export function isSubDepth(value: unknown): value is SubDepth {
  return value === 1 || value === 2;
}

/** A run of a block's text, with the marks of the suggestions on it (src/suggest/marks.ts). */
export interface ConstitutionText extends MarkedText {
  text: string;
}

export interface ConstitutionElement {
  type: BlockType;
  /** Stable identity of the block: survives edits, moves, undo/redo; a pasted copy gets a new one. */
  id: string;
  /** Only on clauses: how far this sub-clause is indented (see `SubDepth`); absent for a clause. */
  depth?: SubDepth;
  children: ConstitutionText[];
}

declare module 'slate' {
  interface CustomTypes {
    Element: ConstitutionElement;
    Text: ConstitutionText;
  }
}

/** A plain block as the core reads it out of the document. */
export interface Block {
  id: string;
  type: BlockType;
  text: string;
  /** A sub-clause's depth; absent for every other block. */
  depth?: SubDepth;
}

/** How deep a block stands among the clauses: 0 for a clause (and for every block that is not a clause). */
export function depthOf(block: { type: BlockType; depth?: unknown }): 0 | SubDepth {
  return block.type === 'clause' && isSubDepth(block.depth) ? block.depth : 0;
}

export function isBlockType(value: unknown): value is BlockType {
  return typeof value === 'string' && (BLOCK_TYPES as readonly string[]).includes(value);
}

/** Every character of the block as the editor holds it, suggested words included (offsets in the editor). */
export function elementText(element: ConstitutionElement): string {
  return element.children.map((child) => child.text).join('');
}

/** The block as the core reads it: its agreed wording, without the words open suggestions add. */
export function toBlock(element: ConstitutionElement): Block {
  const depth = depthOf(element);
  const text = agreedText(element.children);
  return depth === 0 ? { id: element.id, type: element.type, text } : { id: element.id, type: element.type, text, depth };
}

export type ConstitutionEditor = BaseEditor;

/** Type guard for the top-level blocks of the document (usable directly in `Array.filter`). */
export function isConstitutionElement(node: unknown): node is ConstitutionElement {
  if (typeof node !== 'object' || node === null) return false;
  const candidate: { type?: unknown; children?: unknown } = node;
  return isBlockType(candidate.type) && Array.isArray(candidate.children);
}
