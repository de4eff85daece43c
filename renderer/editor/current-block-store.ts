/**
 * The block the cursor is in, as an external store. The editor sets it after each change; only the panels
 * that show the block's details subscribe, so a keystroke re-renders neither the workspace, nor the
 * outline, nor the organizations — one React commit per key.
 */
import { useSyncExternalStore } from 'react';
import type { Block } from '../../src/constitution/schema.ts';

export class CurrentBlockStore {
  private block: Block | undefined;
  private readonly listeners = new Set<() => void>();

  set(block: Block | undefined): void {
    const now = this.block;
    if (now === block || (now && block && now.id === block.id && now.type === block.type && now.text === block.text)) return;
    this.block = block;
    for (const listener of this.listeners) listener();
  }

  readonly get = (): Block | undefined => this.block;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** The block the cursor is in, re-rendering the caller when it (or its text) changes. */
export function useCurrentBlock(store: CurrentBlockStore): Block | undefined {
  return useSyncExternalStore(store.subscribe, store.get);
}
