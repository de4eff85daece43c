/**
 * The principles' search (src/workspace/principle-search.ts), loaded the first time a query is typed: it
 * brings the language detector and the stemmers, which opening the Sources view should not have to load.
 */
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { PrincipleHit } from '../../src/workspace/principle-search.ts';
import { useDocValue } from '../state/use-doc.ts';

type Search = (doc: Y.Doc, query: string, options: { limit?: number }) => PrincipleHit[];

let loading: Promise<Search> | undefined;

/** The hits for `query` (none for a blank one, and none until the search has loaded). */
export function usePrincipleSearch(doc: Y.Doc, query: string, limit: number): PrincipleHit[] {
  const [search, setSearch] = useState<{ run: Search } | null>(null);
  const wanted = query.trim() !== '';
  useEffect(() => {
    if (!wanted || search !== null) return;
    let live = true;
    loading ??= import('../../src/workspace/principle-search.ts').then((m) => m.searchPrinciples);
    void loading.then((run) => live && setSearch({ run }));
    return () => {
      live = false;
    };
  }, [wanted, search]);
  return useDocValue(doc, (d) => (!wanted || search === null ? [] : search.run(d, query, { limit })));
}
