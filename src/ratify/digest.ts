/**
 * What a motion binds to: the exact text of its target. A clause is its own block; an article is its
 * heading with every section and clause under it; the constitution is every block. The digest covers the
 * blocks' ids, types and texts in order, and a sub-clause's depth (numbering is derived, so left out): any
 * change to the wording, the order, the kind or the indent of a block changes it. A block of depth 0 is
 * digested as it always was, so the digests of motions opened before sub-clauses existed still hold.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Block } from '../constitution/schema.ts';

export type TextBlock = Pick<Block, 'id' | 'type' | 'text' | 'depth'>;

export function textDigest(blocks: readonly TextBlock[]): string {
  const canonical = JSON.stringify(blocks.map((b) => (b.depth === undefined ? [b.id, b.type, b.text] : [b.id, b.type, b.text, b.depth])));
  return `sha256:${bytesToHex(sha256(new TextEncoder().encode(canonical)))}`;
}

/** The blocks a target covers today: [] when the target is gone. `target` is a block id or "constitution". */
export function targetBlocks(blocks: readonly TextBlock[], target: string): TextBlock[] {
  if (target === CONSTITUTION) return [...blocks];
  const index = blocks.findIndex((b) => b.id === target);
  const block = blocks[index];
  if (!block) return [];
  if (block.type !== 'article') return [block];
  let end = index + 1;
  while (end < blocks.length && blocks[end]?.type !== 'article') end += 1;
  return blocks.slice(index, end);
}

/** The target name of a motion on the whole text. */
export const CONSTITUTION = 'constitution';
