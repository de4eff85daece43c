/**
 * The gutter's provenance chips and comment counts for the editor. Like the label store, it recomputes
 * (src/provenance/gutter.ts) only when something it shows can have changed — the provenance, comments or
 * organizations, or the set of blocks (a merge, split or undo) — and wakes only the blocks whose marks changed.
 */
import * as Y from 'yjs';
import { constitutionRoot } from '../../src/constitution/root.ts';
import type { Block } from '../../src/constitution/schema.ts';
import { gutterMarks, type GutterMarks } from '../../src/provenance/gutter.ts';
import { ProvenanceIndex } from '../../src/provenance/resolve.ts';
import { KeyedListeners } from '../state/keyed-listeners.ts';

/**
 * Whether a transaction can have changed the blocks' ids, types or order: the list of blocks changed, or an
 * attribute of some type did (a block's id and type are attributes). Text typed into a block changes neither.
 */
function reshapes(transaction: Y.Transaction, constitution: unknown): boolean {
  for (const [type, keys] of transaction.changed) if (type === constitution || [...keys].some((key) => key !== null)) return true;
  return false;
}

/**
 * Whether a change to `type` can change what the gutter shows: anything inside the watched roots except a
 * block's wording history, which the history flush writes every few seconds while a delegate types.
 */
function shown(type: Y.AbstractType<Y.YEvent<Y.AbstractType<unknown>>>, roots: ReadonlySet<unknown>): boolean {
  if (type._item?.parentSub === 'history') return false;
  for (let at: unknown = type; at instanceof Y.AbstractType; at = at._item?.parent) if (roots.has(at)) return true;
  return false;
}

const NONE: GutterMarks = { chips: [], openThreads: 0 };
const WATCHED = ['provenance', 'comments', 'orgs'];

export class GutterStore {
  private marks = new Map<string, { json: string; value: GutterMarks }>();
  private readonly listeners = new KeyedListeners();
  private blockIds = '';
  private readonly doc: Y.Doc;

  constructor(doc: Y.Doc) {
    this.doc = doc;
  }

  /**
   * Recompute when watched roots changed, or when the blocks (ids and types, in order) are not the same.
   * The blocks are the editor's: a local split is there before it reaches the Y.Doc.
   */
  refresh(blocks: Block[], force = false): void {
    const ids = blocks.map((b) => `${b.id}:${b.type}`).join(' ');
    if (!force && ids === this.blockIds) return;
    this.blockIds = ids;
    const next = new Map<string, { json: string; value: GutterMarks }>();
    for (const [id, value] of gutterMarks(this.doc, new ProvenanceIndex(this.doc, blocks))) next.set(id, { json: JSON.stringify(value), value });
    const previous = this.marks;
    this.marks = next;
    this.listeners.notify((id) => previous.get(id)?.json !== next.get(id)?.json);
  }

  /**
   * Refresh after each transaction that changed something the gutter shows in provenance, comments or
   * organizations, or that can have changed the blocks — not after typing and its history, which would read
   * every block at each key; returns the unsubscribe.
   */
  watch(blocks: () => Block[]): () => void {
    const roots = new Set<unknown>(WATCHED.map((name) => this.doc.getMap(name)));
    const constitution: unknown = constitutionRoot(this.doc);
    const onTransaction = (transaction: Y.Transaction): void => {
      const touched = [...transaction.changed.keys()].some((type) => shown(type, roots));
      if (touched || reshapes(transaction, constitution)) this.refresh(blocks(), touched);
    };
    this.doc.on('afterTransaction', onTransaction);
    this.refresh(blocks(), true);
    return () => this.doc.off('afterTransaction', onTransaction);
  }

  of(id: string): GutterMarks {
    return this.marks.get(id)?.value ?? NONE;
  }

  subscribe(id: string, listener: () => void): () => void {
    return this.listeners.subscribe(id, listener);
  }
}
