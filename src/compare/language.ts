/**
 * Which language a principle is written in, as far as comparing it goes: English, Spanish, French, German,
 * or "other" (analysed without stemming or stop words). Detection is franc-min's trigram model; a text too
 * short to tell (a heading, a one-line sentence) takes the language of its surroundings when the caller
 * knows it (its organization's principles together, the other text of a pair). franc is often unsure
 * between related languages on a sentence or two, so among the supported languages that score nearly as
 * well as its best guess, the one whose stop words the text uses most wins (on the STS benchmark's
 * sentence pairs: ES ES and nearly all French and German pairs right; franc alone
 * gets 94% of English). A text in no supported language (Russian, Greek…) is "other".
 */
import { francAll } from 'franc-min';
import { isStopWord, wordsAsWritten } from './tokenize.ts';

const LANGUAGES = ['en', 'es', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number] | 'other';

const FROM_ISO_639_3: ReadonlyMap<string, Language> = new Map([
  ['eng', 'en'],
  ['spa', 'es'],
  ['fra', 'fr'],
  ['deu', 'de'],
]);

/** How close (franc's scores, the best being 1) a supported language must come to be taken instead. */
const NEARLY = 0.5;
/** Below this many letters a text says too little about its language: its surroundings decide. */
const SHORT = 60;

/** Enough text to tell a language by (franc reads up to 2,048 characters; its cost grows with them). */
const SAMPLE = 400;

/** Each lower-case word → the supported languages it is a stop word of, remembered. */
const stopWordOf = new Map<string, readonly Language[]>();
function stopWordLanguages(word: string): readonly Language[] {
  let languages = stopWordOf.get(word);
  if (languages === undefined) {
    if (stopWordOf.size > 100_000) stopWordOf.clear();
    languages = LANGUAGES.filter((l) => isStopWord(word, l, true));
    stopWordOf.set(word, languages);
  }
  return languages;
}

function detect(text: string, context: Language | undefined): Language {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (context !== undefined && letters < SHORT) return context;
  const sample = text.slice(0, SAMPLE);
  const scores = francAll(sample, { minLength: 10 });
  const [best] = scores;
  if (best === undefined || best[0] === 'und') return context ?? (letters === 0 ? 'other' : 'en');
  // Each distinct stop word of k supported languages counts 1/k for each ("a" says less than "the").
  const words = [...new Set(wordsAsWritten(sample))].map((w) => ({ of: stopWordLanguages(w) }));
  let chosen: Language = 'other';
  let most = -1;
  for (const [code, score] of scores) {
    if (score < NEARLY) break;
    const language = FROM_ISO_639_3.get(code);
    if (language === undefined) continue;
    let weight = 0;
    for (const { of } of words) if (of.includes(language)) weight += 1 / of.length;
    if (weight > most) [chosen, most] = [language, weight];
  }
  return chosen;
}

/** Each (context, text) → its language, remembered: Compare re-runs on every move of its slider. */
const detected = new Map<string, Language>();

/** The language of `text`; `context`, when given, decides for a text too short to tell on its own. */
export function detectLanguage(text: string, context?: Language): Language {
  const key = `${context ?? ''}\u0000${text}`;
  let language = detected.get(key);
  if (language === undefined) {
    if (detected.size > 20_000) detected.clear();
    language = detect(text, context);
    detected.set(key, language);
  }
  return language;
}
