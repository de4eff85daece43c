/**
 * How a suggestion is written into the constitution's text. A suggestion is a set of marks on the clause's
 * own text (Slate leaf properties, which @slate-yjs keeps as Y.XmlText formatting attributes): `ins` on
 * words a delegate proposes to add, naming the suggestion's id, and `del_<id>` on words it proposes to remove
 * (its record — who, when, accepted or rejected — is in store.ts). The words stay where they were typed, so
 * they sync, merge and survive offline like any text, and anchor themselves.
 *
 * The clause's wording — what is voted on, exported, compared and kept in its history — is its *agreed
 * text*: every word except those a suggestion adds (`ins`); words a suggestion removes (`del_…`) still count
 * until the suggestion is accepted. A mark is only ever a suggestion id; any other formatting attribute in
 * the constitution is damage from a faulty or hostile peer, refused by the update check and the file check.
 */

/** A suggestion's id: `s_` and 16 base-36 characters (src/ids.ts). */
const SUGGESTION_ID = /^s_[0-9a-z]{16}$/;

function isSuggestionId(value: unknown): value is string {
  return typeof value === 'string' && SUGGESTION_ID.test(value);
}

/**
 * The mark of words suggestion `id` proposes to remove: a key of its own per suggestion, so that two
 * delegates proposing at once to remove overlapping words both keep their whole proposal (Yjs formatting is
 * last-writer-wins per key). Words are added by one suggestion only, so `ins` is one key.
 */
export type RemovalMark = `del_${string}`;

export function removalMark(id: string): RemovalMark {
  return `del_${id}`;
}

export function isRemovalMark(key: string): key is RemovalMark {
  return key.startsWith('del_');
}

/** One run of a block's text with its marks (a Slate leaf, or a part of a Y.XmlText's delta). */
export interface MarkedText {
  text: string;
  ins?: string | undefined;
  [removal: RemovalMark]: true | undefined;
}

/** The suggestions proposing to remove a run's words. */
export function removedBy(part: MarkedText): string[] {
  const ids: string[] = [];
  for (const [key, value] of Object.entries(part)) if (value === true && isRemovalMark(key)) ids.push(key.slice(4));
  return ids;
}

/** The agreed wording of a block: its text without the words suggestions add. */
export function agreedText(parts: readonly MarkedText[]): string {
  let text = '';
  for (const part of parts) if (part.ins === undefined) text += part.text;
  return text;
}

/** The block's wording if suggestion `id` alone were accepted (others' marks left as agreed). */
export function proposedText(parts: readonly MarkedText[], id: string): string {
  let text = '';
  const removal = removalMark(id);
  for (const part of parts) {
    if (part[removal] === true) continue;
    if (part.ins === undefined || part.ins === id) text += part.text;
  }
  return text;
}

/** The ids of the suggestions marked in a block's text, in order of first appearance. */
export function suggestionsIn(parts: readonly MarkedText[]): string[] {
  const ids = new Set<string>();
  for (const part of parts) {
    if (part.ins !== undefined) ids.add(part.ins);
    for (const id of removedBy(part)) ids.add(id);
  }
  return [...ids];
}

/**
 * What is wrong with a formatting attribute found in a constitution block, or null: only `ins` (a
 * suggestion id) and `del_<suggestion id>` (true) are allowed, or null, which ends a mark.
 */
export function markProblem(key: string, value: unknown): string | null {
  if (key === 'ins') return value === null || isSuggestionId(value) ? null : 'a constitution block holds a suggestion mark that is not a suggestion id';
  if (isRemovalMark(key) && isSuggestionId(key.slice(4))) return value === null || value === true ? null : 'a constitution block holds a removal mark that is not true';
  return `a constitution block holds an unknown mark "${key.slice(0, 40)}"`;
}

/** Whether the attributes of one delta part (of a Y.XmlText) are all sound suggestion marks. */
export function soundMarks(attributes: unknown): boolean {
  if (attributes === undefined || attributes === null) return true;
  if (typeof attributes !== 'object') return false;
  return Object.entries(attributes).every(([key, value]) => markProblem(key, value) === null);
}

/** Whether a sound delta part holds words a suggestion adds. */
export function isSuggestedInsertion(attributes: unknown): boolean {
  return typeof attributes === 'object' && attributes !== null && 'ins' in attributes && isSuggestionId(attributes.ins);
}
