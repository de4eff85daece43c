/**
 * The one tokenizer of the app (Compare, keyword filters, the principles' search): Unicode-aware words
 * (letters and digits of any script), folded for matching (compatibility forms unified, accents removed,
 * lower case), and terms per language — the `stopword` lists (plus the modal verbs founding texts are full
 * of) removed and each word stemmed by its language's Snowball stemmer (`snowball-stemmers`: English,
 * Spanish, French, German). A language without a stemmer keeps its words whole. Stemming sees the word with
 * its accents (the stemmers' rules need them) and the stem is folded after. Scripts written without spaces
 * (Han, kana, Hangul) become overlapping character pairs, the usual way to index them. Pure and
 * deterministic.
 */
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import { deu, eng, fra, spa } from 'stopword';
import type { Language } from './language.ts';

/** Words too common in charters to say what a principle is about, that `stopword`'s lists lack. */
const EXTRA_STOP_WORDS: Readonly<Record<Language, readonly string[]>> = {
  en: ['shall', 'will', 'may', 'can', 'could', 'would', 'should', 'might', 'must', 'also', 'upon', 'thereof', 'whereas'],
  es: ['es', 'son', 'está', 'están', 'ser', 'será', 'serán', 'debe', 'deben', 'deberá', 'puede', 'pueden', 'podrá', 'ha', 'han', 'fue'],
  fr: ['est', 'sont', 'été', 'sera', 'seront', 'doit', 'doivent', 'devra', 'peut', 'peuvent', 'pourra', 'ont'],
  de: ['soll', 'sollen', 'muss', 'müssen', 'kann', 'können', 'wird', 'werden', 'ist', 'sind'],
  other: [],
};
const LISTS: Readonly<Record<Language, readonly string[]>> = { en: eng, es: spa, fr: fra, de: deu, other: [] };
const SNOWBALL: Readonly<Record<Language, string | undefined>> = { en: 'english', es: 'spanish', fr: 'french', de: 'german', other: undefined };

const WORD = /[\p{L}\p{N}]+/gu;
/** A word in text as it is written (combining marks included), for finding words at their places in it. */
export const WORD_AS_WRITTEN = /[\p{L}\p{M}\p{N}]+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Fold a text for matching: compatibility forms unified, accents removed, lower case. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The folded words of a text, in order (stop words included): what keyword filters match against. */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** The words of a text in lower case with their accents, in order (stop words included). */
export function wordsAsWritten(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/** One language's analysis: its stop words (folded) and its stemmer, made when first needed. */
interface Analysis {
  stopWords: ReadonlySet<string>;
  stemmer: Stemmer | undefined;
  /** Each lower-case word → its term, or '' for a stop word; vocabularies are small, texts many. */
  memo: Map<string, string>;
}

const analyses = new Map<Language, Analysis>();

function analysis(language: Language): Analysis {
  let found = analyses.get(language);
  if (found === undefined) {
    const algorithm = SNOWBALL[language];
    found = {
      stopWords: new Set([...LISTS[language], ...EXTRA_STOP_WORDS[language]].map(fold)),
      stemmer: algorithm === undefined ? undefined : newStemmer(algorithm),
      memo: new Map(),
    };
    analyses.set(language, found);
  }
  return found;
}

/**
 * Whether a (lower-case) word says nothing about what a text in `language` is about: a stop word of that
 * language or, unless `listedOnly`, a single letter.
 */
export function isStopWord(word: string, language: Language = 'en', listedOnly = false): boolean {
  const folded = fold(word);
  return analysis(language).stopWords.has(folded) || (!listedOnly && folded.length < 2 && !/\p{N}/u.test(folded));
}

/** The term (folded stem) a lower-case word stands for in `language`, or '' when it is a stop word. */
export function termOfWord(word: string, language: Language = 'en'): string {
  const { memo, stemmer } = analysis(language);
  let term = memo.get(word);
  if (term === undefined) {
    if (memo.size > 200_000) memo.clear();
    term = isStopWord(word, language) ? '' : fold(stemmer === undefined ? word : stemmer.stem(word));
    memo.set(word, term);
  }
  return term;
}

/** The terms of a text in `language` (English unless said), in order, with repetitions. */
export function terms(text: string, language: Language = 'en'): string[] {
  const out: string[] = [];
  for (const word of wordsAsWritten(text)) {
    if (UNSPACED.test(word)) {
      const chars = [...fold(word)];
      if (chars.length === 1) out.push(chars.join(''));
      for (let i = 0; i + 1 < chars.length; i += 1) out.push(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
      continue;
    }
    const term = termOfWord(word, language);
    if (term !== '') out.push(term);
  }
  return out;
}

/**
 * The character trigrams of a text's meaningful words (stop words of `language` left out), each word folded
 * and marked at both ends ("<wa", "wag", "age", "ge>"), prefixed with "#" so they never meet a term. They
 * match what stems miss: compounds ("Lohnarbeit" and "Arbeit"), irregular forms, misspellings — subword
 * information in fastText's manner, for every language, with or without word vectors.
 */
export function trigrams(text: string, language: Language = 'en'): string[] {
  const out: string[] = [];
  for (const word of wordsAsWritten(text)) {
    if (isStopWord(word, language)) continue;
    const marked = [...`<${fold(word)}>`];
    for (let i = 0; i + 3 <= marked.length; i += 1) out.push(`#${marked.slice(i, i + 3).join('')}`);
  }
  return out;
}
