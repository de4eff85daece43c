/**
 * The English word vectors for Compare's similarity of meaning, fetched once, the first time a comparison
 * is shown (about 6 MB: never on start-up, never outside Compare). Until they arrive — or if they cannot be
 * read — Compare compares by words alone, and says so.
 */
import { useEffect, useState } from 'react';
import vectorsUrl from '../../assets/word-vectors/en.bin?url';
import { readWordVectors, type WordVectors } from '../../src/compare/word-vectors.ts';

export type WordVectorsState = { state: 'loading' } | { state: 'ready'; vectors: WordVectors } | { state: 'failed' };

let loading: Promise<WordVectors> | undefined;

function load(): Promise<WordVectors> {
  loading ??= fetch(vectorsUrl)
    .then(async (response) => {
      if (!response.ok) throw new Error(`word vectors: HTTP ${response.status}`);
      return readWordVectors(new Uint8Array(await response.arrayBuffer()));
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** The word vectors as they load. */
export function useWordVectors(): WordVectorsState {
  const [state, setState] = useState<WordVectorsState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (vectors) => live && setState({ state: 'ready', vectors }),
      () => live && setState({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
