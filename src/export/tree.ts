/**
 * The exported blocks as a tree: articles hold their sections and clauses, sections their clauses. The
 * constitution is stored flat (structure follows from order); markup that nests (HTML sections, Akoma
 * Ntoso) is written from this tree.
 */
import type { BlockType } from '../constitution/schema.ts';
import type { ExportBlock } from './model.ts';

export interface BlockNode {
  block: ExportBlock;
  children: BlockNode[];
}

const DEPTH: Readonly<Record<BlockType, number>> = { preamble: 1, article: 1, section: 2, clause: 3 };

export function nestBlocks(blocks: readonly ExportBlock[]): BlockNode[] {
  const roots: BlockNode[] = [];
  const open: BlockNode[] = [];
  for (const block of blocks) {
    const node: BlockNode = { block, children: [] };
    while (open.length > 0 && DEPTH[open[open.length - 1]?.block.type ?? 'preamble'] >= DEPTH[block.type]) open.pop();
    const parent = open[open.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    if (block.type === 'article' || block.type === 'section') open.push(node);
  }
  return roots;
}
