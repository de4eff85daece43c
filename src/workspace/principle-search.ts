/**
 * Full-text search over every organization's current principles, each matched in its own language through
 * Compare's tokenizer (src/compare/tokenize.ts). Apart from sources.ts so that the language detector and
 * the stemmers load with the Sources view, not with the app.
 */
import type * as Y from 'yjs';
import { detectLanguage, type Language } from '../compare/language.ts';
import { fold, isStopWord, termOfWord, WORD_AS_WRITTEN } from '../compare/tokenize.ts';
import { currentPrinciples, type PrincipleRef } from './sources.ts';

/** A search result: a current principle, how well it matched, and where in its text (for highlighting). */
export interface PrincipleHit {
  principle: PrincipleRef;
  score: number;
  /** [start, end) character ranges of the matched words in `principle.text`. */
  ranges: [number, number][];
}

/** Each principle text → its language, remembered: searching runs on every keystroke. */
const languageOfText = new Map<string, Language>();
function languageOf(text: string): Language {
  let language = languageOfText.get(text);
  if (language === undefined) {
    if (languageOfText.size > 20_000) languageOfText.clear();
    language = detectLanguage(text);
    languageOfText.set(text, language);
  }
  return language;
}

/** A word as written, folded, and its stem in `language` (the folded word itself for a stop word). */
function wordForms(word: string, language: Language): { folded: string; stem: string } {
  const folded = fold(word);
  return { folded, stem: termOfWord(word.toLowerCase(), language) || folded };
}

function queryTerms(query: string): string[] {
  const words = [...query.matchAll(WORD_AS_WRITTEN)].map((m) => m[0].toLowerCase());
  const meaningful = words.filter((w) => !isStopWord(w));
  return meaningful.length > 0 ? meaningful : words;
}

/** The query's words' stems in one language, and what every match of each contains (a cheap first filter). */
interface QueryForms {
  stems: string[];
  needles: string[];
}

function queryForms(terms: readonly string[], language: Language): QueryForms {
  const stems = terms.map((t) => wordForms(t, language).stem);
  // The start a word and its stem share: every word matching the term contains it.
  const needles = terms.map((term, i) => {
    const folded = fold(term);
    const stem = stems[i] ?? folded;
    let n = 0;
    while (n < 3 && n < folded.length && folded[n] === stem[n]) n += 1;
    return folded.slice(0, Math.max(1, n));
  });
  return { stems, needles };
}

/**
 * Full-text search over the current principles of every organization (or of one): each word of the query
 * must occur in the principle's text or heading path, as the same word stem in the principle's language
 * ("vote" finds "voting", "votos" finds "voto") or as the start of a word (so results come while typing).
 * Best matches first.
 */
export function searchPrinciples(doc: Y.Doc, query: string, options: { org?: string; limit?: number } = {}): PrincipleHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const foldedTerms = terms.map(fold);
  const phrase = fold(query).replace(/\s+/g, ' ').trim();
  const formsIn = new Map<Language, QueryForms>();
  const hits: PrincipleHit[] = [];
  for (const principle of currentPrinciples(doc, options.org)) {
    const language = languageOf(principle.text);
    let forms = formsIn.get(language);
    if (forms === undefined) {
      forms = queryForms(terms, language);
      formsIn.set(language, forms);
    }
    const { stems: termStems, needles } = forms;
    const haystack = fold(`${principle.text} ${principle.path.join(' ')}`);
    if (!needles.every((needle) => haystack.includes(needle))) continue;
    const found = new Set<number>();
    const ranges: [number, number][] = [];
    let score = 0;
    const scan = (text: string, weight: number, record: boolean): void => {
      // Words are found in the text as it is, so that ranges point into it; each is folded on its own.
      for (const match of text.matchAll(WORD_AS_WRITTEN)) {
        const { folded: word, stem } = wordForms(match[0], language);
        foldedTerms.forEach((term, i) => {
          if (stem === termStems[i] || word.startsWith(term)) {
            found.add(i);
            score += weight;
            if (record) ranges.push([match.index, match.index + match[0].length]);
          }
        });
      }
    };
    scan(principle.text, 1, true);
    scan(principle.path.join(' '), 2, false);
    if (found.size < terms.length) continue;
    if (terms.length > 1 && haystack.includes(phrase)) score += 5;
    const unique = [...new Map(ranges.map((r) => [r[0], r])).values()].sort((a, b) => a[0] - b[0]);
    hits.push({ principle, score, ranges: unique });
  }
  hits.sort((a, b) => b.score - a.score || a.principle.sourceTitle.localeCompare(b.principle.sourceTitle));
  return hits.slice(0, options.limit ?? 100);
}
