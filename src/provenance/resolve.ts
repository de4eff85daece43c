/**
 * A block's provenance as users see it: its own origins plus those of the blocks merged into it that are
 * not in the document any more (when an undo brings a merged block back, its origins are its own again).
 * Whether a merged block is present is asked only when there is one; `ProvenanceIndex` reads the document
 * once for many lookups (gutters, coverage, export notes) and leaves histories out.
 */
import type * as Y from 'yjs';
import { readBlocks } from '../constitution/root.ts';
import type { Block } from '../constitution/schema.ts';
import { readEntry, type Origin, type StoredEntry } from './store.ts';
import { recordEntry } from '../workspace/doc-shape.ts';

/**
 * A block's provenance as shown: the stored entry's fields, with `origins` resolved (its own and those of
 * absent blocks merged into it, one per principle) and `absorbed` listing those absent merged blocks.
 */
export type ClauseProvenance = StoredEntry;

type Lookup = (id: string) => StoredEntry | undefined;

/** Origins of `id` and of the absent blocks merged into it, recursively, one per principle. */
function resolve(lookup: Lookup, id: string, isPresent: (id: string) => boolean): ClauseProvenance | undefined {
  const entry = lookup(id);
  if (!entry) return undefined;
  const origins: Origin[] = [];
  const absorbed: string[] = [];
  const seen = new Set<string>();
  const principles = new Set<string>();
  const visit = (at: string, own: StoredEntry | undefined): void => {
    if (seen.has(at) || !own) return;
    seen.add(at);
    for (const origin of own.origins) {
      if (principles.has(origin.principle)) continue;
      principles.add(origin.principle);
      origins.push(origin);
    }
    for (const child of own.absorbed) {
      if (seen.has(child) || isPresent(child)) continue;
      absorbed.push(child);
      visit(child, lookup(child));
    }
  };
  visit(id, entry);
  return { ...entry, origins, absorbed };
}

const lookupIn =
  (doc: Y.Doc, history: boolean): Lookup =>
  (id) => {
    const map = recordEntry(doc, 'provenance', id);
    return map ? readEntry(map, id, history) : undefined;
  };

/**
 * The provenance of one block, with its history (undefined when none is recorded). `present` is asked only
 * when blocks were merged into it; by default it reads the document.
 */
export function clauseProvenance(doc: Y.Doc, id: string, present?: ReadonlySet<string>): ClauseProvenance | undefined {
  let ids = present;
  const isPresent = (at: string): boolean => {
    ids ??= new Set(readBlocks(doc).map((b) => b.id));
    return ids.has(at);
  };
  return resolve(lookupIn(doc, true), id, isPresent);
}

/** The blocks of the document with their provenance (without histories), read once for many lookups. */
export class ProvenanceIndex {
  readonly blocks: Block[];
  private readonly lookup: Lookup;
  private readonly resolved = new Map<string, ClauseProvenance | undefined>();
  private readonly present: Set<string>;

  constructor(doc: Y.Doc, blocks: Block[] = readBlocks(doc)) {
    this.blocks = blocks;
    this.present = new Set(blocks.map((b) => b.id));
    this.lookup = lookupIn(doc, false);
  }

  of(id: string): ClauseProvenance | undefined {
    if (!this.resolved.has(id))
      this.resolved.set(
        id,
        resolve(this.lookup, id, (at) => this.present.has(at)),
      );
    return this.resolved.get(id);
  }
}
