/**
 * Numbering is computed, never stored: "Article III", "Section 2", clause "(4)", its sub-clauses "(a)" and
 * theirs "(i)". It is derived from the order of the blocks (and each clause's depth) each time the document
 * is shown or exported, so it renumbers itself as structure changes. The words ("Article", "Section",
 * "Preamble") come from the `core` namespace through the `t` each caller passes: the app's language, or an
 * export's (the coalition's).
 */
import type { TFunction } from 'i18next';
import { depthOf, type Block, type BlockType } from './schema.ts';

export interface NumberedBlock extends Block {
  /** The number shown before the block: "Article III", "Section 2", "(4)"; empty for the preamble. */
  label: string;
  /** Index of the article this block belongs to (1-based), 0 for blocks before the first article. */
  article: number;
  /** Index of the section within its article (1-based), 0 when not inside a section. */
  section: number;
  /** Index of the clause within its section, or within its article when it has no sections (1-based). */
  clause: number;
  /** A clause as a reader cites it within its article or section: "(4)", "(4)(a)", "(4)(a)(ii)"; "" for other blocks. */
  citation: string;
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 14 → "XIV". Numbers below 1 have no Roman form and are written in digits. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1) return String(n);
  let rest = n;
  let out = '';
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** 1 → "a", 26 → "z", 27 → "aa" (as legal drafting letters sub-clauses past z). */
export function toLetters(n: number): string {
  if (!Number.isInteger(n) || n < 1) return String(n);
  let rest = n;
  let out = '';
  while (rest > 0) {
    rest -= 1;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}

/** The label of a clause's part at `depth`, numbered `n`: "(4)", "(a)", "(iv)". */
function clauseLabel(depth: 0 | 1 | 2, n: number): string {
  if (depth === 0) return `(${n})`;
  return depth === 1 ? `(${toLetters(n)})` : `(${toRoman(n).toLowerCase()})`;
}

/**
 * The words numbering is written in: i18next's `t` of the `core` namespace, or its English read without
 * i18next (src/i18n/core-english.ts: `concord info --json` numbers in English and need not load i18next).
 */
export type NumberingWords = (key: 'numbering.article' | 'numbering.section', params: { number: string | number }) => string;

/** Number every block of the constitution in document order, labelled in `t`'s language. */
export function numberBlocks(blocks: readonly Block[], t: NumberingWords): NumberedBlock[] {
  let article = 0;
  let section = 0;
  let clause = 0;
  // The count at each depth under the current clause, and the labels of the open parts: ["(4)", "(a)"].
  const counts = [0, 0, 0];
  const open = ['', '', ''];
  return blocks.map((block) => {
    let label = '';
    let citation = '';
    switch (block.type) {
      case 'preamble':
        break;
      case 'article':
        article += 1;
        section = 0;
        clause = 0;
        counts.fill(0);
        open.fill('');
        label = t('numbering.article', { number: toRoman(article) });
        break;
      case 'section':
        section += 1;
        clause = 0;
        counts.fill(0);
        open.fill('');
        label = t('numbering.section', { number: section });
        break;
      case 'clause': {
        const depth = depthOf(block);
        if (depth === 0) clause += 1;
        counts[depth] = (counts[depth] ?? 0) + 1;
        for (let deeper = depth + 1; deeper < counts.length; deeper += 1) {
          counts[deeper] = 0;
          open[deeper] = '';
        }
        label = clauseLabel(depth, counts[depth] ?? 1);
        open[depth] = label;
        // A sub-clause with no part above it (a hostile or half-merged order) is cited from what is open.
        citation = open.slice(0, depth + 1).join('');
        break;
      }
    }
    return { ...block, label, article, section, clause, citation };
  });
}

/**
 * Where a block stands in the text, as a reader cites it: "Preamble", "Article I", "Article I, Section 2",
 * "Article I (1)", "Article I, Section 2 (3)", "Article I (3)(a)(ii)"; a clause before any article is just "(1)".
 */
export function placeOf(block: NumberedBlock, t: TFunction<'core'>): string {
  if (block.type === 'preamble') return t('numbering.preamble');
  const article = block.article > 0 ? t('numbering.article', { number: toRoman(block.article) }) : '';
  const section = block.section > 0 ? t('numbering.section', { number: block.section }) : '';
  const heads = article !== '' && section !== '' ? t('numbering.articleSection', { article, section }) : article || section;
  if (block.type !== 'clause') return heads || block.label;
  return heads === '' ? block.citation : t('numbering.clauseAt', { heads, citation: block.citation });
}

export interface OutlineEntry {
  id: string;
  type: Extract<BlockType, 'article' | 'section'>;
  label: string;
  title: string;
}

/** The table of contents: every article and section with its number and title. */
export function outline(blocks: readonly Block[], t: TFunction<'core'>): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  for (const block of numberBlocks(blocks, t)) {
    if (block.type === 'article' || block.type === 'section') {
      entries.push({ id: block.id, type: block.type, label: block.label, title: block.text });
    }
  }
  return entries;
}
