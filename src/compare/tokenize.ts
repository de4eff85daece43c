/**
 * Words for comparing principles: Unicode-aware tokenization (accents folded, compatibility forms unified,
 * letters and digits of any script), English stop words removed (the `stopword` list plus the modal verbs
 * founding texts are full of) and Porter stems (`stemmer`). Scripts written without spaces (Han, kana,
 * Hangul) become overlapping character pairs, the usual way to index them. Pure and deterministic.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

/** Words too common in charters to say what a principle is about; `stopword`'s list lacks the modals. */
const EXTRA_STOP_WORDS = ['shall', 'will', 'may', 'can', 'could', 'would', 'should', 'might', 'must', 'also', 'upon', 'thereof', 'whereas'];
const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...EXTRA_STOP_WORDS]);

const WORD = /[\p{L}\p{N}]+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Fold a text for matching: compatibility forms unified, accents removed, lower case. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Each folded word → its term (stem), or '' for a stop word; remembered: vocabularies are small, texts many. */
const termOfWord = new Map<string, string>();

function termOf(word: string): string {
  let term = termOfWord.get(word);
  if (term === undefined) {
    if (termOfWord.size > 200_000) termOfWord.clear();
    term = STOP_WORDS.has(word) || (word.length < 2 && !/\p{N}/u.test(word)) ? '' : stemmer(word);
    termOfWord.set(word, term);
  }
  return term;
}

/** The folded words of a text, in order (stop words included): what keyword filters match against. */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** The terms of a text, in order, with repetitions: stems of its meaningful words. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (UNSPACED.test(word)) {
      const chars = [...word];
      if (chars.length === 1) out.push(word);
      for (let i = 0; i + 1 < chars.length; i += 1) out.push(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
      continue;
    }
    const term = termOf(word);
    if (term !== '') out.push(term);
  }
  return out;
}

/** The term a single query word stands for ('' when it is a stop word). */
export function termOfQueryWord(word: string): string {
  return termOf(word);
}
