/**
 * One value as an external store for React (useSyncExternalStore): `set` wakes the subscribers only when
 * the new value differs by `same`, so a component reading it re-renders only for a real change.
 */
export class ValueStore<T> {
  private value: T;
  private readonly same: (a: T, b: T) => boolean;
  private readonly listeners = new Set<() => void>();

  constructor(initial: T, same: (a: T, b: T) => boolean = Object.is) {
    this.value = initial;
    this.same = same;
  }

  set(value: T): void {
    if (this.same(this.value, value)) return;
    this.value = value;
    for (const listener of this.listeners) listener();
  }

  readonly get = (): T => this.value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
