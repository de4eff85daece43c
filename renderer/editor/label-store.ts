/**
 * Block numbers for the editor. Slate re-renders a block only when that block changes, but its number
 * ("Article III") changes when blocks above it move. This store recomputes the numbering after each change
 * and wakes only the blocks whose label changed, so renumbering stays cheap in long documents; typing in a
 * clause or the preamble (most keys) changes no number and no outline title, and skips it altogether.
 */
import type { Editor } from 'slate';
import { numberBlocks, outline, type OutlineEntry } from '../../src/constitution/numbering.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { isConstitutionElement, type Block } from '../../src/constitution/schema.ts';
import { KeyedListeners } from '../state/keyed-listeners.ts';

export class LabelStore {
  private labels = new Map<string, string>();
  private readonly listeners = new KeyedListeners();
  private outlineEntries: OutlineEntry[] = [];
  private outlineJson = '[]';
  private outlineListeners = new Set<() => void>();

  update(blocks: readonly Block[]): void {
    // In the app's language now (the editor updates the labels again when it changes).
    const t = i18n.getFixedT(null, 'core');
    const entries = outline(blocks, t);
    const json = JSON.stringify(entries);
    if (json !== this.outlineJson) {
      this.outlineEntries = entries;
      this.outlineJson = json;
      for (const listener of this.outlineListeners) listener();
    }
    const next = new Map<string, string>();
    for (const block of numberBlocks(blocks, t)) next.set(block.id, block.label);
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

/** Whether the editor's last change can change a number or the outline: anything but typing and selecting in clauses and the preamble. */
export function changesNumbering(editor: Editor): boolean {
  return editor.operations.some((op) => {
    if (op.type === 'set_selection') return false;
    if (op.type !== 'insert_text' && op.type !== 'remove_text') return true;
    const block = editor.children[op.path[0] ?? -1];
    return !isConstitutionElement(block) || block.type === 'article' || block.type === 'section';
  });
}
