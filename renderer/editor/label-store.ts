/**
 * Block numbers for the editor. Slate re-renders a block only when that block changes, but its number
 * ("Article III") changes when blocks above it move. This store recomputes the numbering after each change
 * and wakes only the blocks whose label changed, so renumbering stays cheap in long documents.
 */
import { numberBlocks, outline, type OutlineEntry } from '../../src/constitution/numbering.ts';
import type { Block } from '../../src/constitution/schema.ts';
import { KeyedListeners } from '../state/keyed-listeners.ts';

export class LabelStore {
  private labels = new Map<string, string>();
  private readonly listeners = new KeyedListeners();
  private outlineEntries: OutlineEntry[] = [];
  private outlineJson = '[]';
  private outlineListeners = new Set<() => void>();

  update(blocks: readonly Block[]): void {
    const entries = outline(blocks);
    const json = JSON.stringify(entries);
    if (json !== this.outlineJson) {
      this.outlineEntries = entries;
      this.outlineJson = json;
      for (const listener of this.outlineListeners) listener();
    }
    const next = new Map<string, string>();
    for (const block of numberBlocks(blocks)) next.set(block.id, block.label);
    const previous = this.labels;
    this.labels = next;
    this.listeners.notify((id) => previous.get(id) !== next.get(id));
  }

  /** The articles and sections, numbered (a new array only when the outline changed). */
  outline(): OutlineEntry[] {
    return this.outlineEntries;
  }

  subscribeOutline(listener: () => void): () => void {
    this.outlineListeners.add(listener);
    return () => this.outlineListeners.delete(listener);
  }

  label(id: string): string {
    return this.labels.get(id) ?? '';
  }

  subscribe(id: string, listener: () => void): () => void {
    return this.listeners.subscribe(id, listener);
  }
}
