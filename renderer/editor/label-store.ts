/**
 * Block numbers for the editor. Slate re-renders a block only when that block changes, but its number
 * ("Article III") changes when blocks above it move. This store recomputes the numbering after each change
 * and wakes only the blocks whose label changed, so renumbering stays cheap in long documents.
 */
import { numberBlocks, outline, type OutlineEntry } from '../../src/constitution/numbering.ts';
import type { Block } from '../../src/constitution/schema.ts';

export class LabelStore {
  private labels = new Map<string, string>();
  private listeners = new Map<string, Set<() => void>>();
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
    for (const [id, listeners] of this.listeners) {
      if (previous.get(id) !== next.get(id)) for (const listener of listeners) listener();
    }
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
    let set = this.listeners.get(id);
    if (!set) {
      set = new Set();
      this.listeners.set(id, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }
}
