/**
 * The comparison's keyword filter: keep the rows in which some principle mentions every word of the query,
 * as the same stem ("voting" finds "vote") or as the start of a word (so rows narrow while typing). Stop
 * words in the query are ignored unless the query has nothing else. Topic rows are also kept when the
 * topic's name has every word of the query ("wages" keeps "Wages and labour").
 */
import type { TopicRow } from './by-topic.ts';
import type { ComparisonRow } from './compare.ts';
import { fold, terms, words } from './tokenize.ts';

interface QueryWord {
  folded: string;
  stem: string;
}

function queryWords(query: string): QueryWord[] {
  const all = words(query);
  const meaningful = all.map((w) => ({ folded: w, stem: terms(w)[0] ?? '' })).filter((w) => w.stem !== '');
  return meaningful.length > 0 ? meaningful : all.map((w) => ({ folded: w, stem: w }));
}

function textMatches(text: string, query: readonly QueryWord[]): boolean {
  const folded = words(text);
  const stems = new Set(terms(text));
  return query.every((q) => stems.has(q.stem) || folded.some((w) => w.startsWith(q.folded)));
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
