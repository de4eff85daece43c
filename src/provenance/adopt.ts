/**
 * Adopting principles into the constitution: one principle as a new clause with its text, or several
 * principles merged into one clause with wording the delegate wrote. Either way the clause records every
 * principle as an origin. Works on any editor bound with `bindEditor` (the app's, at the cursor; the CLI's
 * headless one, after a given clause).
 */
import type { Editor } from 'slate';
import type * as Y from 'yjs';
import { indexOfId, insertBlock } from '../constitution/structure.ts';
import { ConcordError } from '../workspace/errors.ts';
import { listSources } from '../workspace/sources.ts';
import { addOrigins, entryArray, PROVENANCE_ORIGIN, type Author, type Origin } from './store.ts';
import { recordEntry } from '../workspace/doc-shape.ts';

/** Find a principle by id in every source, the latest version first; undefined when there is none. */
export function findPrinciple(doc: Y.Doc, id: string): Omit<Origin, 'adoptedAt' | 'adoptedBy'> | undefined {
  for (const source of listSources(doc)) {
    for (const version of [...source.versions].reverse()) {
      const principle = version.principles.find((p) => p.id === id);
      if (principle) return { principle: id, org: source.org, source: source.id, version: version.version, text: principle.text, path: principle.path };
    }
  }
  return undefined;
}

export function requirePrinciple(doc: Y.Doc, id: string): Omit<Origin, 'adoptedAt' | 'adoptedBy'> {
  const found = findPrinciple(doc, id);
  if (!found) throw new ConcordError('principle.unknown', { id });
  return found;
}

/**
 * Where successive adoptions go: the first after the block the cursor is in, each next one after the
 * clause adopted before it — so Adopt, Adopt, Adopt in the Sources view (where the cursor does not move)
 * keeps the principles in the order they were adopted — until the cursor is put somewhere else.
 */
export class AdoptionPlace {
  private cursor: string | undefined;
  private last: string | undefined;

  /** The block to adopt after, for a cursor in `cursor` (a block id, or undefined for the end). */
  after(cursor: string | undefined): string | undefined {
    return this.last !== undefined && cursor === this.cursor ? this.last : cursor;
  }

  /** Remember the clause just adopted with the cursor in `cursor`. */
  adopted(cursor: string | undefined, id: string | undefined): void {
    this.cursor = cursor;
    this.last = id;
  }
}

export interface AdoptOptions {
  /** Insert right after this block (default: at the end of the document). */
  after?: string | undefined;
  /** The clause's wording (default: the principle's text; required when merging several). */
  text?: string;
  by: Author;
  now?: Date;
}

/**
 * Insert a clause drawn from the principles `ids` and record them as its origins. Returns the clause's id.
 * The editor must be bound with `bindEditor` (its provenance plugin creates the entry this completes).
 */
export function adoptPrinciples(editor: Editor, doc: Y.Doc, ids: readonly string[], options: AdoptOptions): string {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new ConcordError('adopt.none');
  const principles = unique.map((id) => requirePrinciple(doc, id));
  const text = (options.text ?? (principles.length === 1 ? principles[0]?.text : undefined))?.trim();
  if (text === undefined || text === '') throw new ConcordError('adopt.no-text');
  if (options.after !== undefined && indexOfId(editor, options.after) < 0) {
    throw new ConcordError('block.unknown', { block: options.after });
  }
  const at = (options.now ?? new Date()).toISOString();
  const id = insertBlock(editor, 'clause', options.after, text);
  const entry = recordEntry(doc, 'provenance', id);
  if (!entry || !entryArray(doc, id, 'origins')) throw new ConcordError('adopt.no-entry');
  doc.transact(() => {
    entry.set('created', { ...options.by, how: principles.length > 1 ? 'merged' : 'adopted', at, from: '' });
    entry.set('draftedBy', '');
  }, PROVENANCE_ORIGIN);
  addOrigins(
    doc,
    id,
    principles.map((p) => ({ ...p, adoptedAt: at, adoptedBy: options.by })),
  );
  return id;
}
