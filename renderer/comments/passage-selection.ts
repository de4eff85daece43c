/**
 * The words the delegate has selected in one block, as offsets in its text (what a comment on a passage
 * anchors to: src/provenance/passage.ts). The editor sets it after each change; only the comments panel
 * subscribes, and only a different selection wakes it.
 */
import { Range, type Editor } from 'slate';
import { useSyncExternalStore } from 'react';
import { isConstitutionElement } from '../../src/constitution/schema.ts';
import { ValueStore } from '../state/value-store.ts';

export interface SelectedPassage {
  clause: string;
  start: number;
  end: number;
  quote: string;
}

/** The selection as a passage of one block, or null (collapsed, or across blocks). */
export function selectedPassage(editor: Editor): SelectedPassage | null {
  const selection = editor.selection;
  if (!selection || Range.isCollapsed(selection)) return null;
  const [start, end] = Range.edges(selection);
  const index = start.path[0];
  const block = index === undefined ? undefined : editor.children[index];
  if (!isConstitutionElement(block) || end.path[0] !== index || start.path.length !== 2 || end.path.length !== 2) return null;
  const offset = (child: number, at: number): number => block.children.slice(0, child).reduce((sum, leaf) => sum + leaf.text.length, at);
  const from = offset(start.path[1] ?? 0, start.offset);
  const to = offset(end.path[1] ?? 0, end.offset);
  const text = block.children.map((leaf) => leaf.text).join('');
  const quote = text.slice(from, to);
  return quote.trim() === '' ? null : { clause: block.id, start: from, end: to, quote };
}

function samePassage(now: SelectedPassage | null, next: SelectedPassage | null): boolean {
  return now === next || (now !== null && next !== null && now.clause === next.clause && now.start === next.start && now.end === next.end && now.quote === next.quote);
}

export class PassageSelectionStore extends ValueStore<SelectedPassage | null> {
  constructor() {
    super(null, samePassage);
  }
}

export function useSelectedPassage(store: Pick<PassageSelectionStore, 'subscribe' | 'get'>): SelectedPassage | null {
  return useSyncExternalStore(store.subscribe, store.get);
}
