/**
 * Whether this delegate's edits are suggestions (the toolbar's Suggest changes toggle, Ctrl+Shift+E): an
 * external store, so the toggle and the editor's plugin (src/suggest/plugin.ts) read one value and a
 * change re-renders only the toggle.
 */
import { useSyncExternalStore } from 'react';
import { ValueStore } from '../state/value-store.ts';

export class SuggestModeStore extends ValueStore<boolean> {
  constructor() {
    super(false);
  }
}

export function useSuggestMode(store: SuggestModeStore): boolean {
  return useSyncExternalStore(store.subscribe, store.get);
}
