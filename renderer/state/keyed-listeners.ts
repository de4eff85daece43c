/** Listeners per key (a block id): stores that recompute for the whole document wake only the keys that changed. */
export class KeyedListeners {
  private listeners = new Map<string, Set<() => void>>();

  subscribe(key: string, listener: () => void): () => void {
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  /** Wake the listeners of every key for which `changed` is true. */
  notify(changed: (key: string) => boolean): void {
    for (const [key, set] of this.listeners) if (changed(key)) for (const listener of set) listener();
  }
}
