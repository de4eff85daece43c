/**
 * Suggestion mode in the editor: `withSuggestions` wraps the editing commands so that, while the delegate
 * has the mode on, a change to a block's words is written as their suggestion instead (marks.ts): typed or
 * pasted words are inserted marked `ins`, and deleting marks the words `del_<id>` — except the delegate's own
 * suggested words, which simply go. Others' suggested words are left alone (they are accepted or rejected,
 * not edited). Enter, which would split the block, does nothing while suggesting. The agreed wording never
 * changes here, so neither the vote guard nor the history is involved; the lock still refuses marks in
 * ratified text, since it refuses every operation there.
 */
import { Editor, Node, Range, Text, Transforms, type BaseRange } from 'slate';
import type * as Y from 'yjs';
import { isConstitutionElement } from '../constitution/schema.ts';
import type { Author } from '../provenance/store.ts';
import { removalMark, removedBy } from './marks.ts';
import { ConcordError } from '../workspace/errors.ts';
import { openSuggestionFor } from './store.ts';

export interface SuggestionMode {
  /** Whether the delegate's changes are suggestions now. */
  active(): boolean;
  author(): Author;
  clock?: () => Date;
  /** Told when a command cannot be a suggestion (Enter, a change across blocks). */
  onRefused?: (refusal: ConcordError) => void;
}

const MODES = new WeakMap<Editor, { doc: Y.Doc; mode: SuggestionMode }>();

/** Whether the editor is in suggestion mode now. */
export function isSuggesting(editor: Editor): boolean {
  return MODES.get(editor)?.mode.active() ?? false;
}

/** The id of the block at top-level `index`, and the delegate's open suggestion on it (created on first use). */
function suggestionAt(editor: Editor, index: number): string | undefined {
  const state = MODES.get(editor);
  const block = editor.children[index];
  if (!state || !isConstitutionElement(block)) return undefined;
  return openSuggestionFor(state.doc, block.id, state.mode.author(), (state.mode.clock ?? (() => new Date()))());
}

function refuse(editor: Editor, refusal: ConcordError): void {
  MODES.get(editor)?.mode.onRefused?.(refusal);
}

/** Mark the words of `range` (inside one block) as suggested for removal by `id`; the suggester's own added words go. */
function suggestRemoval(editor: Editor, range: BaseRange, id: string): void {
  const ref = Editor.rangeRef(editor, range);
  const removal = removalMark(id);
  Transforms.setNodes(editor, { [removal]: true }, { at: range, match: (n) => Text.isText(n) && n.ins === undefined && n[removal] !== true, split: true });
  const at = ref.current;
  if (at) {
    const own = [...Editor.nodes(editor, { at, match: (n) => Text.isText(n) && n.ins === id, reverse: true })];
    for (const [, path] of own) {
      const part = Range.intersection(at, Editor.range(editor, path));
      if (part && Range.isExpanded(part)) Transforms.delete(editor, { at: part });
    }
  }
  ref.unref();
}

function blockIndexOf(range: BaseRange): number | undefined {
  const [start, end] = Range.edges(range);
  const first = start.path[0];
  return first !== undefined && first === end.path[0] ? first : undefined;
}

/** Suggest removing the selection (or the unit before or after the cursor); the cursor ends where a reader expects. */
function suggestDelete(editor: Editor, direction: 'backward' | 'forward', unit: 'character' | 'word' | 'line' | 'block' = 'character'): void {
  const selection = editor.selection;
  if (!selection) return;
  let range: BaseRange = selection;
  if (Range.isCollapsed(selection)) {
    const index = selection.anchor.path[0];
    if (index === undefined) return;
    const blockRange = Editor.range(editor, [index]);
    const other = direction === 'backward' ? Editor.before(editor, selection.anchor, { unit }) : Editor.after(editor, selection.anchor, { unit });
    // At the edge of a block: joining blocks is not a suggestion of words.
    if (!other || !Range.includes(blockRange, other)) return;
    range = direction === 'backward' ? { anchor: other, focus: selection.anchor } : { anchor: selection.anchor, focus: other };
  }
  const index = blockIndexOf(range);
  if (index === undefined) return refuse(editor, new ConcordError('suggest.one-block'));
  const id = suggestionAt(editor, index);
  if (id === undefined) return;
  const edge = Editor.pointRef(editor, direction === 'backward' || Range.isExpanded(selection) ? Range.start(range) : Range.end(range));
  suggestRemoval(editor, range, id);
  const to = edge.unref();
  if (to) Transforms.select(editor, to);
}

/** Insert `text` at the cursor as part of the delegate's suggestion (replacing a selection suggests its removal). */
function suggestInsert(editor: Editor, text: string): void {
  const selection = editor.selection;
  if (!selection || text === '') return;
  const index = blockIndexOf(selection);
  if (index === undefined) return refuse(editor, new ConcordError('suggest.one-block'));
  const id = suggestionAt(editor, index);
  if (id === undefined) return;
  Editor.withoutNormalizing(editor, () => {
    if (Range.isExpanded(selection)) {
      const end = Editor.pointRef(editor, Range.end(selection));
      suggestRemoval(editor, selection, id);
      const to = end.unref();
      if (to) Transforms.select(editor, to);
    }
    const at = editor.selection?.anchor;
    if (!at) return;
    const [leaf] = Editor.leaf(editor, at);
    if (leaf.ins === id && removedBy(leaf).length === 0) Transforms.insertText(editor, text, { at });
    else Transforms.insertNodes(editor, { text, ins: id }, { at, select: true });
  });
}

/** The plain words of a pasted fragment, its blocks joined by spaces (a suggestion stays in its block). */
function fragmentWords(fragment: readonly Node[]): string {
  return fragment
    .map((node) => Node.string(node))
    .join(' ')
    .replace(/\s*\n\s*/g, ' ');
}

/** Put the editor's text commands through suggestion mode while `mode.active()` says so. */
export function withSuggestions<T extends Editor>(editor: T, doc: Y.Doc, mode: SuggestionMode): T {
  MODES.set(editor, { doc, mode });
  const { insertText, insertBreak, insertSoftBreak, deleteBackward, deleteForward, deleteFragment, insertFragment } = editor;
  editor.insertText = (text, options) => (mode.active() ? suggestInsert(editor, text) : insertText(text, options));
  editor.insertBreak = () => (mode.active() ? refuse(editor, new ConcordError('suggest.no-break')) : insertBreak());
  editor.insertSoftBreak = () => (mode.active() ? refuse(editor, new ConcordError('suggest.no-break')) : insertSoftBreak());
  editor.deleteBackward = (unit) => (mode.active() ? suggestDelete(editor, 'backward', unit) : deleteBackward(unit));
  editor.deleteForward = (unit) => (mode.active() ? suggestDelete(editor, 'forward', unit) : deleteForward(unit));
  editor.deleteFragment = (options) => (mode.active() ? suggestDelete(editor, options?.direction ?? 'forward') : deleteFragment(options));
  editor.insertFragment = (fragment, options) => (mode.active() ? suggestInsert(editor, fragmentWords(fragment)) : insertFragment(fragment, options));
  return editor;
}
