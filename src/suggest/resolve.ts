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
import { isConstitutionElement, type ConstitutionElement } from '../constitution/schema.ts';
import { recordSnapshot } from '../provenance/history.ts';
import type { Author } from '../provenance/store.ts';
import { agreedText, proposedText, removalMark, suggestionsIn } from './marks.ts';
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

/** The suggestions marked in a block, open ones first-come first (a mark without a sound record is shown by an unknown proposer). */
export function suggestionsOf(doc: Y.Doc, block: ConstitutionElement): OpenSuggestion[] {
  const before = agreedText(block.children);
  const out: OpenSuggestion[] = [];
  for (const id of suggestionsIn(block.children)) {
    const record = readSuggestion(doc, id) ?? { id, clause: block.id, ...UNKNOWN_PROPOSER, at: '', status: 'open' };
    out.push({ record, before, after: proposedText(block.children, id) });
  }
  return out;
}

/** How many blocks among `ids` have words a suggestion marks (for "vote with open suggestions?"). */
export function blocksWithSuggestions(editorOrBlocks: readonly unknown[], ids: ReadonlySet<string>): number {
  let count = 0;
  for (const node of editorOrBlocks) {
    if (isConstitutionElement(node) && ids.has(node.id) && suggestionsIn(node.children).length > 0) count += 1;
  }
  return count;
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
