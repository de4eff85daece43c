/**
 * The automatic topic tagger: which topics of the taxonomy (topics.ts) a principle speaks about, from the
 * cue words it contains in any of the taxonomy's languages. Each word found counts once per topic (a weak
 * cue half, a phrase one and a half); a topic whose cues weigh TAG_THRESHOLD or more is a tag, and a
 * principle keeps its MAX_AUTO_TAGS strongest tags (ties in taxonomy order). The cues are compiled once into lookup tables keyed by a word
 * or its beginning, so tagging costs a few map look-ups per word. Pure and deterministic.
 */
import { CUE_LANGUAGES, TOPICS, type Topic } from './topics.ts';
import { words } from './tokenize.ts';

/** How much cue weight makes a tag: one strong cue, or two weak ones. */
const TAG_THRESHOLD = 1;
/** Long principles touch many topics in passing; they are tagged with their strongest few only. */
export const MAX_AUTO_TAGS = 4;
/** A phrase ("social security", "trade union") says more than any one of its words: it weighs more. */
const PHRASE_WEIGHT = 1.5;

export interface TopicScore {
  topic: string;
  /** The weight of its cues found in the text (strong 1, weak 0.5). */
  score: number;
}

type PatternKind = 'exact' | 'prefix' | 'suffix' | 'contains';

interface Pattern {
  kind: PatternKind;
  text: string;
}

interface Cue {
  topic: number;
  weight: number;
  patterns: Pattern[];
}

interface CueTables {
  exact: Map<string, Cue[]>;
  prefix: Map<string, Cue[]>;
  /** The lengths of the prefixes in `prefix`, shortest first. */
  prefixLengths: number[];
  /** Cues whose first word is matched by its end or its inside (German compounds): tried on every word. */
  loose: Cue[];
}

function parsePattern(raw: string): Pattern {
  const start = raw.startsWith('*');
  const end = raw.endsWith('*') && raw.length > 1;
  const text = raw.slice(start ? 1 : 0, end ? -1 : undefined);
  const kind: PatternKind = start && end ? 'contains' : start ? 'suffix' : end ? 'prefix' : 'exact';
  return { kind, text };
}

function patternMatches(pattern: Pattern, word: string): boolean {
  switch (pattern.kind) {
    case 'exact':
      return word === pattern.text;
    case 'prefix':
      return word.startsWith(pattern.text);
    case 'suffix':
      return word.endsWith(pattern.text) && word !== pattern.text;
    case 'contains':
      return word.includes(pattern.text) && !word.startsWith(pattern.text);
  }
}

function pushTo<K>(map: Map<K, Cue[]>, key: K, cue: Cue): void {
  const list = map.get(key);
  if (list) list.push(cue);
  else map.set(key, [cue]);
}

function compile(topics: readonly Topic[]): CueTables {
  const tables: CueTables = { exact: new Map(), prefix: new Map(), prefixLengths: [], loose: [] };
  topics.forEach((topic, t) => {
    for (const raw of new Set(CUE_LANGUAGES.flatMap((language) => topic.cues[language]))) {
      const weak = raw.startsWith('~');
      const patterns = raw
        .slice(weak ? 1 : 0)
        .split(' ')
        .filter((p) => p !== '')
        .map(parsePattern);
      const first = patterns[0];
      if (first === undefined) continue;
      const cue: Cue = { topic: t, weight: weak ? 0.5 : 1, patterns };
      if (first.kind === 'exact') pushTo(tables.exact, first.text, cue);
      else if (first.kind === 'prefix') pushTo(tables.prefix, first.text, cue);
      else tables.loose.push(cue);
    }
  });
  tables.prefixLengths = [...new Set([...tables.prefix.keys()].map((k) => k.length))].sort((a, b) => a - b);
  return tables;
}

let compiled: CueTables | undefined;

function tables(): CueTables {
  compiled ??= compile(TOPICS);
  return compiled;
}

/** Whether the rest of a phrase cue follows the word at `at`. */
function restMatches(cue: Cue, list: readonly string[], at: number): boolean {
  for (let k = 1; k < cue.patterns.length; k += 1) {
    const pattern = cue.patterns[k];
    const word = list[at + k];
    if (pattern === undefined || word === undefined || !patternMatches(pattern, word)) return false;
  }
  return true;
}

/**
 * Every topic the text scores on, strongest first (ties in taxonomy order), tagged or not. A word (or
 * phrase) counts once for a topic however many of its cues match it, and with the weight of the best.
 */
export function topicScores(text: string): TopicScore[] {
  const { exact, prefix, prefixLengths, loose } = tables();
  const counted = new Set<string>();
  const scores = new Float64Array(TOPICS.length);
  const list = words(text);
  list.forEach((word, at) => {
    const best = new Map<number, { weight: number; length: number }>();
    const consider = (cue: Cue): void => {
      if (!restMatches(cue, list, at)) return;
      const weight = cue.patterns.length > 1 ? cue.weight * PHRASE_WEIGHT : cue.weight;
      const current = best.get(cue.topic);
      if (current === undefined || weight > current.weight) best.set(cue.topic, { weight, length: cue.patterns.length });
    };
    for (const cue of exact.get(word) ?? []) consider(cue);
    for (const length of prefixLengths) {
      if (length > word.length) break;
      for (const cue of prefix.get(word.slice(0, length)) ?? []) consider(cue);
    }
    for (const cue of loose) if (cue.patterns[0] !== undefined && patternMatches(cue.patterns[0], word)) consider(cue);
    for (const [topic, { weight, length }] of best) {
      const key = `${topic} ${list.slice(at, at + length).join(' ')}`;
      if (counted.has(key)) continue;
      counted.add(key);
      scores[topic] = (scores[topic] ?? 0) + weight;
    }
  });
  const out: TopicScore[] = [];
  scores.forEach((score, t) => {
    const topic = TOPICS[t];
    if (score > 0 && topic !== undefined) out.push({ topic: topic.id, score });
  });
  // A stable sort keeps taxonomy order among equal scores.
  return out.sort((a, b) => b.score - a.score);
}

/** The topics a principle is tagged with automatically: its strongest tags above the threshold. */
export function autoTopics(text: string): string[] {
  return topicScores(text)
    .filter((s) => s.score >= TAG_THRESHOLD)
    .slice(0, MAX_AUTO_TAGS)
    .map((s) => s.topic);
}
