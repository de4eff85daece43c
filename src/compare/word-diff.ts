/**
 * A word diff of two principles (jsdiff's diffWords) as plain data the UI renders: runs of text that both
 * share, that only the left one has, and that only the right one has — plus how much of the wording is shared.
 */
import { diffWords } from 'diff';

export interface DiffSpan {
  kind: 'shared' | 'left' | 'right';
  text: string;
}

export interface WordDiff {
  spans: DiffSpan[];
  /** Share of the words (of both texts together) that are common to both, 0…1. */
  sharedShare: number;
}

const countWords = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

export function wordDiff(left: string, right: string): WordDiff {
  const spans: DiffSpan[] = diffWords(left, right).map((change) => ({
    kind: change.added ? 'right' : change.removed ? 'left' : 'shared',
    text: change.value,
  }));
  let shared = 0;
  let total = 0;
  for (const span of spans) {
    const n = countWords(span.text);
    shared += span.kind === 'shared' ? 2 * n : 0;
    total += span.kind === 'shared' ? 2 * n : n;
  }
  return { spans, sharedShare: total === 0 ? 1 : shared / total };
}
