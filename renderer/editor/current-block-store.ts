/**
 * The block the cursor is in, as an external store. The editor sets it after each change; only the panels
 * that show the block's details subscribe, so a keystroke re-renders neither the workspace, nor the
 * outline, nor the organizations — one React commit per key.
 */
import { useSyncExternalStore } from 'react';
import type { Block } from '../../src/constitution/schema.ts';
import { ValueStore } from '../state/value-store.ts';

function sameBlock(now: Block | undefined, block: Block | undefined): boolean {
  return now === block || (now !== undefined && block !== undefined && now.id === block.id && now.type === block.type && now.text === block.text);
}

export class CurrentBlockStore extends ValueStore<Block | undefined> {
  constructor() {
    super(undefined, sameBlock);
  }
}

/** The block the cursor is in, re-rendering the caller when it (or its text) changes. */
export function useCurrentBlock(store: CurrentBlockStore): Block | undefined {
  return useSyncExternalStore(store.subscribe, store.get);
}
