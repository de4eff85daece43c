/**
 * Where a comment on a passage points: two Yjs relative positions into its clause's text (a Y.XmlText inside
 * the constitution), the first before the passage's first character and the second after its last, so the
 * passage keeps its words whatever is typed, deleted or merged around it, on any replica. Offsets are
 * counted in characters of the block's text as the editor holds it (suggested words included): a Y.XmlText
 * of plain text indexes exactly so. A passage whose every character was deleted, or whose clause is gone,
 * is reported as deleted; so are anchors a peer damaged.
 */
import * as Y from 'yjs';
import { blockText, isBlockText } from '../constitution/root.ts';

/** A passage as stored with its comment: the anchors (encoded relative positions) and the words it had. */
export interface PassageAnchor {
  from: Uint8Array;
  to: Uint8Array;
  quote: string;
}

/** Where the passage is now: offsets in its block's text, or deleted. */
export type PassagePlace = { deleted: false; start: number; end: number } | { deleted: true };

const DELETED: PassagePlace = { deleted: true };

/** Anchor the passage [start, end) of the block `clause`, or undefined when there is no such text. */
export function anchorPassage(doc: Y.Doc, clause: string, start: number, end: number): PassageAnchor | undefined {
  const text = blockText(doc, clause);
  if (!text || start < 0 || end <= start || end > text.length) return undefined;
  let whole = '';
  const parts: Array<{ insert?: unknown }> = text.toDelta();
  for (const part of parts) if (typeof part.insert === 'string') whole += part.insert;
  const words = whole.slice(start, end);
  return {
    from: Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, start, 0)),
    to: Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, end, -1)),
    quote: words,
  };
}

function absolute(doc: Y.Doc, encoded: Uint8Array): { type: Y.AbstractType<unknown>; index: number } | null {
  try {
    return Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(encoded), doc);
  } catch {
    return null;
  }
}

/** Where the anchored passage of `clause` is now (without walking the document: it is read at every key). */
export function locatePassage(doc: Y.Doc, clause: string, from: Uint8Array, to: Uint8Array): PassagePlace {
  const start = absolute(doc, from);
  const end = absolute(doc, to);
  if (!start || !end || start.type !== end.type || !isBlockText(doc, start.type, clause) || end.index <= start.index) return DELETED;
  return { deleted: false, start: start.index, end: end.index };
}
