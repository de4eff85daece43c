/**
 * Find over the whole constitution: every occurrence of a query in the blocks' text, in document order. The
 * query is taken literally (no pattern characters); "match case" off folds case the Unicode way; "whole
 * word" wants no letter, digit or combining mark of any script right before or after the match (so
 * "ley" is not found inside "leyes", nor "закон" inside "законы"). Matches never overlap: searching
 * "aa" in "aaaa" finds two, left to right, as word processors do, so replacing them all is well defined.
 */
import type { Block } from './schema.ts';

export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

export interface FindMatch {
  /** The block's id and its index among the blocks searched. */
  id: string;
  block: number;
  /** Offsets in the block's text, end exclusive (UTF-16 code units, as Slate counts). */
  start: number;
  end: number;
}

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The regular expression that finds `query` as `options` say, or null for an empty query. */
function matcher(query: string, options: FindOptions): RegExp | null {
  if (query === '') return null;
  const literal = escapeLiteral(query);
  const source = options.wholeWord ? `(?<!${WORD_CHAR})${literal}(?!${WORD_CHAR})` : literal;
  return new RegExp(source, options.matchCase ? 'gu' : 'giu');
}

/** Every match of `query` in `blocks`, in document order. */
export function findMatches(blocks: readonly Block[], query: string, options: FindOptions): FindMatch[] {
  const pattern = matcher(query, options);
  if (!pattern) return [];
  const matches: FindMatch[] = [];
  blocks.forEach((block, index) => {
    for (const found of block.text.matchAll(pattern)) {
      matches.push({ id: block.id, block: index, start: found.index, end: found.index + found[0].length });
    }
  });
  return matches;
}

/** The matches in blocks that may not change (ratified or agreed text), and the others. */
export function splitLocked(matches: readonly FindMatch[], locked: ReadonlySet<string>): { editable: FindMatch[]; locked: FindMatch[] } {
  const editable: FindMatch[] = [];
  const inLocked: FindMatch[] = [];
  for (const match of matches) (locked.has(match.id) ? inLocked : editable).push(match);
  return { editable, locked: inLocked };
}

/** The matches grouped by the index of their block, each group in document order. */
export function matchesByBlock(matches: readonly FindMatch[]): Map<number, FindMatch[]> {
  const groups = new Map<number, FindMatch[]>();
  for (const match of [...matches].sort((a, b) => a.block - b.block || a.start - b.start)) {
    const group = groups.get(match.block);
    if (group) group.push(match);
    else groups.set(match.block, [match]);
  }
  return groups;
}
