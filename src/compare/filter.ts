/**
 * The comparison's keyword filter: keep the rows in which some principle mentions every word of the query,
 * as the same stem in the principle's language ("voting" finds "vote", "votos" finds "voto") or as the start
 * of a word (so rows narrow while typing). Stop words in the query are ignored unless the query has nothing
 * else. Topic rows are also kept when the topic's name has every word of the query ("wages" keeps "Wages and
 * labour").
 */
import type { TopicRow } from './by-topic.ts';
import type { ComparisonRow } from './compare.ts';
import { detectLanguage } from './language.ts';
import { fold, isStopWord, terms, termOfWord, words, wordsAsWritten } from './tokenize.ts';

interface QueryWord {
  folded: string;
  asWritten: string;
}

function queryWords(query: string): QueryWord[] {
  const all = wordsAsWritten(query).map((w) => ({ folded: fold(w), asWritten: w }));
  const meaningful = all.filter((w) => !isStopWord(w.asWritten));
  return meaningful.length > 0 ? meaningful : all;
}

function textMatches(text: string, query: readonly QueryWord[]): boolean {
  const language = detectLanguage(text);
  const folded = words(text);
  const stems = new Set(terms(text, language));
  return query.every((q) => stems.has(termOfWord(q.asWritten, language) || q.folded) || folded.some((w) => w.startsWith(q.folded)));
}

/** The rows (shared or unique) with a principle that matches `query`; all of them for a blank query. */
export function filterRows(rows: readonly ComparisonRow[], query: string): ComparisonRow[] {
  if (fold(query).trim() === '') return [...rows];
  const wanted = queryWords(query);
  if (wanted.length === 0) return [...rows];
  return rows.filter((row) => row.cells.some((cell) => cell.some((p) => textMatches(p.text, wanted))));
}

/** The topic rows whose name, or one of whose principles, matches `query`; all of them for a blank query. */
export function filterTopicRows(rows: readonly TopicRow[], query: string): TopicRow[] {
  const wanted = fold(query).trim() === '' ? [] : queryWords(query);
  if (wanted.length === 0) return [...rows];
  return rows.filter((row) => textMatches(row.label, wanted) || row.cells.some((cell) => cell.some((p) => textMatches(p.text, wanted))));
}
