/**
 * Who proposed each suggestion, for drawing its words in the proposer's organization colour: suggestion id →
 * colour and name, recomputed only when the suggestions' records or the organizations change (never on a
 * keystroke), waking only the words of the suggestions whose proposer changed.
 */
import type * as Y from 'yjs';
import { readSuggestions, SUGGESTIONS_ROOT } from '../../src/suggest/store.ts';
import { changedRoots } from '../../src/workspace/changed-roots.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import { authorName } from '../provenance/names.ts';
import { KeyedListeners } from '../state/keyed-listeners.ts';

export interface Proposer {
  colour: string;
  /** "DEB · Ana"; undefined for a suggestion without a sound record (the view says "someone" in its language). */
  name: string | undefined;
}

const UNKNOWN: Proposer = { colour: '#6b6b6b', name: undefined };

export class ProposerStore {
  private proposers = new Map<string, Proposer>();
  private readonly listeners = new KeyedListeners();
  private readonly doc: Y.Doc;

  constructor(doc: Y.Doc) {
    this.doc = doc;
  }

  private refresh(): void {
    const orgs = listOrganizations(this.doc);
    const next = new Map<string, Proposer>();
    for (const s of readSuggestions(this.doc)) next.set(s.id, { colour: orgs.find((o) => o.id === s.org)?.colour ?? UNKNOWN.colour, name: authorName(orgs, s) });
    const previous = this.proposers;
    this.proposers = next;
    this.listeners.notify((id) => previous.get(id)?.colour !== next.get(id)?.colour || previous.get(id)?.name !== next.get(id)?.name);
  }

  /** Keep up with the records and organizations until the returned function is called. */
  watch(): () => void {
    const onTransaction = (transaction: Y.Transaction): void => {
      const changed = changedRoots(this.doc, transaction);
      if (changed.has(SUGGESTIONS_ROOT) || changed.has('orgs')) this.refresh();
    };
    this.doc.on('afterTransaction', onTransaction);
    this.refresh();
    return () => this.doc.off('afterTransaction', onTransaction);
  }

  readonly of = (id: string): Proposer => this.proposers.get(id) ?? UNKNOWN;

  subscribe(id: string, listener: () => void): () => void {
    return this.listeners.subscribe(id, listener);
  }
}
