/**
 * The shape of the constitution as Slate sees it: a flat list of blocks. Structure (which clause belongs to
 * which section and article) follows from the order of the blocks, so moving and numbering stay simple and
 * every block keeps one stable `id` whatever happens around it.
 */
import type { BaseEditor } from 'slate';
import { agreedText, type MarkedText } from '../suggest/marks.ts';

export const BLOCK_TYPES = ['preamble', 'article', 'section', 'clause'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

/** A run of a block's text, with the marks of the suggestions on it (src/suggest/marks.ts). */
export interface ConstitutionText extends MarkedText {
  text: string;
}

export interface ConstitutionElement {
  type: BlockType;
  /** Stable identity of the block: survives edits, moves, undo/redo; a pasted copy gets a new one. */
  id: string;
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
  return { id: element.id, type: element.type, text: agreedText(element.children) };
}

export type ConstitutionEditor = BaseEditor;

/** Type guard for the top-level blocks of the document (usable directly in `Array.filter`). */
export function isConstitutionElement(node: unknown): node is ConstitutionElement {
  if (typeof node !== 'object' || node === null) return false;
  const candidate: { type?: unknown; children?: unknown } = node;
  return isBlockType(candidate.type) && Array.isArray(candidate.children);
}
