/**
 * The gutter's provenance chips and comment counts for the editor. Like the label store, it recomputes
 * (src/provenance/gutter.ts) only when something it shows can have changed — the provenance, comments or
 * organizations, or the set of blocks (a merge, split or undo) — and wakes only the blocks whose marks changed.
 */
import type * as Y from 'yjs';
import type { Block } from '../../src/constitution/schema.ts';
import { gutterMarks, type GutterMarks } from '../../src/provenance/gutter.ts';
import { ProvenanceIndex } from '../../src/provenance/resolve.ts';
import { KeyedListeners } from '../state/keyed-listeners.ts';

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

  /** Refresh after each transaction that touched provenance, comments or organizations; returns the unsubscribe. */
  watch(blocks: () => Block[]): () => void {
    const roots = new Set<unknown>(WATCHED.map((name) => this.doc.getMap(name)));
    const onTransaction = (transaction: Y.Transaction): void => {
      // A change deep inside a root lists the root among the changed parents; a new key, among the changed types.
      const touched = [...transaction.changedParentTypes.keys(), ...transaction.changed.keys()].some((type) => roots.has(type));
      this.refresh(blocks(), touched);
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
