/**
 * The editor's side of "edits respect a vote": the guard the editor asks (src/ratify/vote-guard.ts) reads
 * the open votes from the parliament's last count, and holds at most one edit at a time for the dialog
 * that asks the delegate (VoteGuardDialog) — an external store React reads with useSyncExternalStore.
 */
import type { EditGuard, HeldEdit, VotesOver } from '../../src/ratify/vote-guard.ts';

const NO_VOTES: VotesOver = new Map();

export class VoteGuardStore implements EditGuard {
  private held: HeldEdit | null = null;
  private source: () => VotesOver = () => NO_VOTES;
  private readonly listeners = new Set<() => void>();

  /** Read the open votes from `source` (the parliament store) until the returned function is called. */
  follow(source: () => VotesOver): () => void {
    this.source = source;
    return () => {
      this.source = () => NO_VOTES;
      this.settle(false);
    };
  }

  votes(): VotesOver {
    return this.source();
  }

  ask(edit: HeldEdit): void {
    if (this.held) return edit.drop();
    this.held = edit;
    this.notify();
  }

  /** The edit waiting for the delegate's answer, if any. */
  current(): HeldEdit | null {
    return this.held;
  }

  /** The delegate answered: make the held edit (`go`) or drop it. */
  settle(go: boolean): void {
    const held = this.held;
    if (!held) return;
    this.held = null;
    this.notify();
    if (go) held.proceed();
    else held.drop();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
