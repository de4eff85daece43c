/**
 * React's view of the workspace: `useDocValue(doc, read)` re-renders a component when what `read` returns
 * from the Y.Doc changes (compared as JSON), and never otherwise.
 */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

export function useDocValue<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const cache = useRef<{ json: string; value: T } | null>(null);
  const subscribe = useCallback(
    (notify: () => void) => {
      doc.on('afterTransaction', notify);
      return () => doc.off('afterTransaction', notify);
    },
    [doc],
  );
  const snapshot = useCallback(() => {
    const value = read(doc);
    const json = JSON.stringify(value);
    if (cache.current?.json !== json) cache.current = { json, value };
    return cache.current.value;
  }, [doc, read]);
  return useSyncExternalStore(subscribe, snapshot);
}
