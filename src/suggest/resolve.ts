/**
 * Reading a clause's open suggestions and deciding them. Any delegate may accept or reject a suggestion
 * while the text is a draft: accepting removes the words it marked for removal and keeps the words it added
 * (their marks go); rejecting does the reverse. Either way the other suggestions' marks stay. An accepted
 * suggestion puts its proposer into the clause's history (src/provenance/history.ts) with the wording it
 * produced, so the clause's provenance names who wrote those words, not who clicked Accept.
 *
 * Deciding goes through the editor (a Slate editor bound to the document), so the lock on ratified text
 * applies. Two delegates deciding the same suggestion differently while apart both have their way on the
 * words (one removes the added words, the other the removed ones); the history keeps both wordings.
 */
import { Editor, Text, Transforms, type Node } from 'slate';
import type * as Y from 'yjs';
import { isConstitutionElement } from '../constitution/schema.ts';
import { recordSnapshot } from '../provenance/history.ts';
import type { Author } from '../provenance/store.ts';
import { agreedText, proposedText, removalMark, suggestionsIn, type MarkedText } from './marks.ts';
import { markedRuns } from './read.ts';
import { readSuggestion, recordDecision, type SuggestionRecord } from './store.ts';

/** An open suggestion as a card shows it: its record, and the clause's wording before and after it. */
export interface OpenSuggestion {
  record: SuggestionRecord;
  /** The clause's agreed wording now. */
  before: string;
  /** Its wording if this suggestion were accepted. */
  after: string;
}

const UNKNOWN_PROPOSER = { org: '', delegate: '' };

/** The suggestions marked in a block's text (`runs`), in order (a mark without a sound record is shown by an unknown proposer). */
export function suggestionsOf(doc: Y.Doc, clause: string, runs: readonly MarkedText[]): OpenSuggestion[] {
  const before = agreedText(runs);
  return suggestionsIn(runs).map((id) => ({
    record: readSuggestion(doc, id) ?? { id, clause, ...UNKNOWN_PROPOSER, at: '', status: 'open' },
    before,
    after: proposedText(runs, id),
  }));
}

/** The open suggestions on the blocks `ids` (what a vote on them would leave aside). */
export function openSuggestionsOn(doc: Y.Doc, ids: readonly string[]): OpenSuggestion[] {
  return [...markedRuns(doc, new Set(ids))].flatMap(([clause, runs]) => suggestionsOf(doc, clause, runs));
}

function blockIndex(editor: Editor, clause: string): number {
  return editor.children.findIndex((node) => isConstitutionElement(node) && node.id === clause);
}

/**
 * Accept (`keep` true) or reject suggestion `id` on `clause` in `editor`: true when its marks were found
 * and decided. `doc` is the workspace the editor is bound to (for the record and the history).
 */
export function decideSuggestion(editor: Editor, doc: Y.Doc, clause: string, id: string, keep: boolean, by: Author, now: Date = new Date()): boolean {
  const index = blockIndex(editor, clause);
  const block = editor.children[index];
  if (!isConstitutionElement(block) || !suggestionsIn(block.children).includes(id)) return false;
  const removal = removalMark(id);
  const removes = (n: Node): boolean => Text.isText(n) && n[removal] === true;
  const adds = (n: Node): boolean => Text.isText(n) && n.ins === id;
  Editor.withoutNormalizing(editor, () => {
    const doomed = [...Editor.nodes(editor, { at: [index], match: keep ? removes : adds, reverse: true })];
    for (const [, path] of doomed) Transforms.removeNodes(editor, { at: path });
    Transforms.unsetNodes(editor, keep ? 'ins' : removal, { at: [index], match: keep ? adds : removes });
  });
  const after = editor.children[index];
  // Refused (ratified text is locked): the marks are still there, and nothing is decided.
  if (!isConstitutionElement(after) || suggestionsIn(after.children).includes(id)) return false;
  const record = readSuggestion(doc, id);
  if (keep) recordSnapshot(doc, clause, record ?? by, agreedText(after.children), now);
  recordDecision(doc, id, keep ? 'accepted' : 'rejected', by, now);
  return true;
}
