/**
 * A block's provenance as users see it: its own origins plus those of the blocks merged into it that are
 * not in the document any more (when an undo brings a merged block back, its origins are its own again).
 * Reading needs the set of block ids in the document; `ProvenanceIndex` builds it once for many lookups.
 */
import type * as Y from 'yjs';
import { readBlocks } from '../constitution/document.ts';
import type { Block } from '../constitution/schema.ts';
import { getEntry, provenanceMap, readEntry, type Origin, type StoredEntry } from './store.ts';

/**
 * A block's provenance as shown: the stored entry's fields, with `origins` resolved (its own and those of
 * absent blocks merged into it, one per principle) and `absorbed` listing those absent merged blocks.
 */
export type ClauseProvenance = StoredEntry;

/** Origins of `id` and of the absent blocks merged into it, recursively, one per principle. */
function resolvedOrigins(lookup: (id: string) => StoredEntry | undefined, id: string, present: ReadonlySet<string>): { origins: Origin[]; absorbed: string[] } {
  const origins: Origin[] = [];
  const absorbed: string[] = [];
  const seen = new Set<string>();
  const principles = new Set<string>();
  const visit = (at: string, top: boolean): void => {
    if (seen.has(at)) return;
    seen.add(at);
    const entry = lookup(at);
    if (!entry) return;
    if (!top) absorbed.push(at);
    for (const origin of entry.origins) {
      if (principles.has(origin.principle)) continue;
      principles.add(origin.principle);
      origins.push(origin);
    }
    for (const child of entry.absorbed) if (!present.has(child)) visit(child, false);
  };
  visit(id, true);
  return { origins, absorbed };
}

function resolve(lookup: (id: string) => StoredEntry | undefined, id: string, present: ReadonlySet<string>): ClauseProvenance | undefined {
  const entry = lookup(id);
  if (!entry) return undefined;
  const { origins, absorbed } = resolvedOrigins(lookup, id, present);
  return { id, created: entry.created, draftedBy: entry.draftedBy, origins, absorbed, history: entry.history };
}

/** The provenance of one block (undefined when it has none recorded). */
export function clauseProvenance(doc: Y.Doc, id: string, present: ReadonlySet<string> = new Set(readBlocks(doc).map((b) => b.id))): ClauseProvenance | undefined {
  return resolve((at) => getEntry(doc, at), id, present);
}

/** The blocks of the document with their provenance, read once (for coverage, export notes, gutters). */
export class ProvenanceIndex {
  readonly blocks: Block[];
  private readonly entries = new Map<string, StoredEntry | null>();
  private readonly resolved = new Map<string, ClauseProvenance | undefined>();
  private readonly present: Set<string>;
  private readonly doc: Y.Doc;

  constructor(doc: Y.Doc, blocks: Block[] = readBlocks(doc)) {
    this.doc = doc;
    this.blocks = blocks;
    this.present = new Set(blocks.map((b) => b.id));
  }

  private entry(id: string): StoredEntry | undefined {
    let entry = this.entries.get(id);
    if (entry === undefined) {
      const map = provenanceMap(this.doc).get(id);
      entry = map ? readEntry(map, id) : null;
      this.entries.set(id, entry);
    }
    return entry ?? undefined;
  }

  of(id: string): ClauseProvenance | undefined {
    if (!this.resolved.has(id)) this.resolved.set(id, resolve((at) => this.entry(at), id, this.present));
    return this.resolved.get(id);
  }
}
