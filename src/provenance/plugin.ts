/**
 * `withProvenance`: the Slate plugin that keeps provenance through everything a delegate does in the
 * editor. It watches this editor's own operations (remote ones were handled by the peer that made them):
 *
 * - a new block gets an entry: "drafted" by the acting organization, or, for a pasted copy of a block
 *   still in the document, a copy of that block's origins;
 * - a split block's new half gets a copy of the block's origins (both halves keep them), unless it is
 *   empty (Enter at the end of a block starts a new one);
 * - merging a block into the one above records it as absorbed: its origins count for the survivor while
 *   it is out of the document, and are its own again if an undo brings it back;
 * - moves, cut and paste (same id) and edits of the wording change nothing but the history (the wording
 *   being the agreed text: words an open suggestion adds are not in it, src/suggest/marks.ts).
 *
 * Text changes are written to the history once the typing pauses (`historyDelayMs` without a change, or
 * at the latest `HISTORY_MAX_WAIT_MS` after the first), so a snapshot holds whole words rather than the
 * middle of one; or at once by `flushProvenance` (headless edits do that before they return).
 */
import { Element, Node, type Editor, type Operation } from 'slate';
import type * as Y from 'yjs';
import { isApplyingRemote } from '../constitution/local-ops.ts';
import { isConstitutionElement } from '../constitution/schema.ts';
import { agreedText } from '../suggest/marks.ts';
import type { ActorSource } from '../workspace/actor.ts';
import { recordSnapshot } from './history.ts';
import { clauseProvenance } from './resolve.ts';
import { authorOf, createEntry, entryArray, PROVENANCE_ORIGIN, provenanceMap, type Author, type CreatedHow } from './store.ts';

export interface ProvenanceOptions {
  actor?: ActorSource;
  /** The time of a change (tests pass their own clock). */
  clock?: () => Date;
  /** How long after the last text change (a pause in typing) its history snapshot is written. */
  historyDelayMs?: number;
}

/** The longest typing without a pause goes unwritten to the history. */
const HISTORY_MAX_WAIT_MS = 10_000;

interface State {
  doc: Y.Doc;
  author(): Author;
  clock(): Date;
  delay: number;
  /**
   * Blocks whose wording this editor changed, with who changed them and the wording right after their
   * change (not at write time: a peer's words arriving in between are not this author's), not yet in
   * their history.
   */
  dirty: Map<string, { author: Author; text: string }>;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change not yet written was made (ms, by `clock`). */
  firstDirty: number | undefined;
  editor: Editor;
}

const STATES = new WeakMap<Editor, State>();

const idAt = (editor: Editor, index: number | undefined): string | undefined => {
  const node = index === undefined ? undefined : editor.children[index];
  return isConstitutionElement(node) ? node.id : undefined;
};

function created(state: State, how: CreatedHow, from = ''): { how: CreatedHow; at: string; from: string } & Author {
  return { ...state.author(), how, at: state.clock().toISOString(), from };
}

/** The entry of a block that came from another one (split half, pasted copy): a copy of its origins. */
function inherit(state: State, id: string, from: string, how: CreatedHow): void {
  const present = new Set(state.editor.children.filter(isConstitutionElement).map((node) => node.id));
  const source = clauseProvenance(state.doc, from, present);
  createEntry(state.doc, id, {
    created: created(state, how, from),
    draftedBy: source?.draftedBy ?? '',
    origins: source?.origins ?? [],
  });
}

function ensureDrafted(state: State, id: string): void {
  createEntry(state.doc, id, { created: created(state, 'drafted'), draftedBy: state.author().org });
}

/** The block at top-level `index` (after the operation) changed: remember its wording and who changed it. */
function markDirty(state: State, index: number | undefined): void {
  const node = index === undefined ? undefined : state.editor.children[index];
  if (!isConstitutionElement(node)) return;
  state.dirty.set(node.id, { author: state.author(), text: agreedText(node.children) });
  const now = state.clock().getTime();
  state.firstDirty ??= now;
  if (state.timer !== undefined) clearTimeout(state.timer);
  // Wait for a pause in typing, but never past the longest wait since the first change.
  const wait = Math.max(0, Math.min(state.delay, state.firstDirty + HISTORY_MAX_WAIT_MS - now));
  state.timer = setTimeout(() => {
    state.timer = undefined;
    flushState(state);
  }, wait);
}

function flushState(state: State): void {
  if (state.timer !== undefined) clearTimeout(state.timer);
  state.timer = undefined;
  state.firstDirty = undefined;
  if (state.dirty.size === 0) return;
  const dirty = state.dirty;
  state.dirty = new Map();
  const now = state.clock();
  for (const node of state.editor.children) {
    if (!isConstitutionElement(node)) continue;
    const change = dirty.get(node.id);
    if (!change) continue;
    const { author, text } = change;
    // A block from before provenance was recorded gets its entry now.
    if (!provenanceMap(state.doc).has(node.id)) createEntry(state.doc, node.id, { created: { ...author, how: 'unknown', at: '', from: '' }, draftedBy: '' });
    recordSnapshot(state.doc, node.id, author, text, now);
  }
}

/** What to remember before a local operation is applied, to act on it afterwards. */
function before(editor: Editor, op: Operation): { merged?: string; survivor?: string; copyOf?: string } {
  if (op.type === 'merge_node' && op.path.length === 1) {
    return { merged: idAt(editor, op.path[0]), survivor: idAt(editor, (op.path[0] ?? 0) - 1) };
  }
  if (op.type === 'insert_node' && op.path.length === 1 && Element.isElement(op.node)) {
    const wanted = op.node.id;
    const inUse = editor.children.some((node) => isConstitutionElement(node) && node.id === wanted);
    return inUse ? { copyOf: wanted } : {};
  }
  return {};
}

function after(state: State, op: Operation, seen: ReturnType<typeof before>): void {
  const { editor, doc } = state;
  if (op.type === 'set_selection') return;
  const top = op.path[0];
  switch (op.type) {
    case 'insert_node': {
      const id = idAt(editor, top);
      if (op.path.length === 1 && id !== undefined) {
        if (seen.copyOf !== undefined && seen.copyOf !== id) inherit(state, id, seen.copyOf, 'copied');
        else ensureDrafted(state, id);
        return markDirty(state, top);
      }
      // Inside a block, only inserted words change its wording (normalization inserts empty text nodes).
      return Node.string(op.node) === '' ? undefined : markDirty(state, top);
    }
    case 'split_node': {
      if (op.path.length === 1) {
        const original = idAt(editor, top);
        const half = idAt(editor, (top ?? 0) + 1);
        // Enter at the end of a block opens an empty one: a new clause, not a part of the old.
        const empty = (top === undefined ? '' : Node.string(editor.children[top + 1] ?? { text: '' })) === '';
        if (original !== undefined && half !== undefined && half !== original) {
          if (empty) ensureDrafted(state, half);
          else inherit(state, half, original, 'split');
        }
        markDirty(state, (top ?? 0) + 1);
        return markDirty(state, top);
      }
      // Splitting a text node inside a block keeps its wording.
      return undefined;
    }
    case 'merge_node': {
      if (op.path.length === 1 && seen.merged !== undefined && seen.survivor !== undefined) {
        const absorbed = entryArray(doc, seen.survivor, 'absorbed');
        const merged = seen.merged;
        if (absorbed && !absorbed.toArray().includes(merged)) doc.transact(() => absorbed.push([merged]), PROVENANCE_ORIGIN);
      }
      // The survivor of merging two blocks is the one before; merging text nodes inside a block (Slate's
      // normalization, also after a peer's change) keeps its wording.
      return op.path.length === 1 ? markDirty(state, (top ?? 1) - 1) : undefined;
    }
    case 'insert_text':
    case 'remove_text':
    case 'remove_node':
    // A suggestion's marks decide which words are the block's wording (src/suggest/marks.ts).
    case 'set_node':
      return op.path.length > 1 ? markDirty(state, top) : undefined;
    default:
      return undefined;
  }
}

export function withProvenance<T extends Editor>(editor: T, doc: Y.Doc, options: ProvenanceOptions = {}): T {
  const { actor, clock = () => new Date(), historyDelayMs = 1500 } = options;
  const state: State = { doc, author: () => authorOf(actor?.()), clock, delay: historyDelayMs, dirty: new Map(), timer: undefined, firstDirty: undefined, editor };
  STATES.set(editor, state);
  const { apply } = editor;
  editor.apply = (op) => {
    if (isApplyingRemote(editor)) return apply(op);
    const seen = before(editor, op);
    apply(op);
    after(state, op, seen);
  };
  return editor;
}

/** Write the history snapshots of this editor's pending text changes now. */
export function flushProvenance(editor: Editor): void {
  const state = STATES.get(editor);
  if (state) flushState(state);
}
