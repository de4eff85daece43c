/**
 * The exported blocks as a tree: articles hold their sections and clauses, sections their clauses, clauses
 * their sub-clauses "(a)" and those theirs "(i)". The constitution is stored flat (structure follows from
 * order and each clause's depth); markup that nests (HTML sections, Akoma Ntoso) is written from this tree.
 */
import { depthOf, type BlockType } from '../constitution/schema.ts';
import type { ExportBlock } from './model.ts';

export interface BlockNode {
  block: ExportBlock;
  children: BlockNode[];
}

const DEPTH: Readonly<Record<BlockType, number>> = { preamble: 1, article: 1, section: 2, clause: 3 };

/** How deep a block nests: a sub-clause one or two levels below a clause. */
function levelOf(block: ExportBlock | undefined): number {
  return block === undefined ? 0 : DEPTH[block.type] + depthOf(block);
}

export function nestBlocks(blocks: readonly ExportBlock[]): BlockNode[] {
  const roots: BlockNode[] = [];
  const open: BlockNode[] = [];
  for (const block of blocks) {
    const node: BlockNode = { block, children: [] };
    while (open.length > 0 && levelOf(open[open.length - 1]?.block) >= levelOf(block)) open.pop();
    const parent = open[open.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    if (block.type !== 'preamble') open.push(node);
  }
  return roots;
}
