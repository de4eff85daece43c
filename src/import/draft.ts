/**
 * An import draft: a document read and split into principles, not yet in the workspace — what the preview
 * shows. Fix-ups are pure functions that return a new draft and leave the old one untouched, so a UI can
 * keep earlier drafts for undo and compare them cheaply. Nothing here touches a Y.Doc; see commit.ts.
 */
import { newId } from '../ids.ts';
import { ConcordError } from '../workspace/errors.ts';
import type { Principle } from '../workspace/sources.ts';
import type { ImportFormat } from './formats.ts';

export interface ImportDraft {
  /** The file's name as given (no directories), or "Pasted text". */
  fileName: string;
  format: ImportFormat;
  /** The source's title: the document's own title if it has one, else the file name; the user may change it. */
  title: string;
  /** SHA-256 (hex) of the original bytes. */
  digest: string;
  /** Size of the original in bytes. */
  size: number;
  /** How a text file was decoded ("utf-8", "utf-16le", "windows-1252"…); absent for binary formats. */
  encoding?: string;
  /** In document order. Ids are fresh; on commit, unchanged principles of an earlier version keep theirs. */
  principles: Principle[];
}

const MAX_TITLE = 200;

function indexOf(draft: ImportDraft, id: string): number {
  const index = draft.principles.findIndex((p) => p.id === id);
  if (index < 0) throw new ConcordError('draft.unknown-principle', { id });
  return index;
}

function withPrinciples(draft: ImportDraft, principles: Principle[]): ImportDraft {
  return { ...draft, principles };
}

/** Change the title the source will get. */
export function renameDraft(draft: ImportDraft, title: string): ImportDraft {
  return { ...draft, title: checkTitle(title) };
}

/** A clean source title, or a ConcordError: not empty, at most 200 characters, white space collapsed. */
export function checkTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new ConcordError('source.no-title');
  if (clean.length > MAX_TITLE) throw new ConcordError('source.title-too-long', { max: MAX_TITLE });
  return clean;
}

/**
 * Split a principle in two at a character offset of its text. The first part keeps the id, path and label;
 * the second gets a new id and the same path. White space at the cut is dropped; both parts must keep text.
 */
export function splitPrinciple(draft: ImportDraft, id: string, offset: number): ImportDraft {
  const index = indexOf(draft, id);
  const principle = draft.principles[index];
  if (!principle) return draft;
  const before = principle.text.slice(0, offset).trimEnd();
  const after = principle.text.slice(offset).trimStart();
  if (!Number.isInteger(offset) || before === '' || after === '') {
    throw new ConcordError('draft.bad-split');
  }
  const second: Principle = { id: newId('p_'), path: [...principle.path], text: after };
  const principles = [...draft.principles];
  principles.splice(index, 1, { ...principle, text: before }, second);
  return withPrinciples(draft, principles);
}

/**
 * Merge a principle with the one right after it. The result keeps the first one's id, path and label; the
 * texts are joined as two paragraphs, or with a space when the first stops mid-sentence.
 */
export function mergePrinciples(draft: ImportDraft, firstId: string, secondId: string): ImportDraft {
  const index = indexOf(draft, firstId);
  const secondIndex = indexOf(draft, secondId);
  const first = draft.principles[index];
  const second = draft.principles[secondIndex];
  if (!first || !second || secondIndex !== index + 1) {
    throw new ConcordError('draft.not-adjacent');
  }
  const separator = /[.!?:;…]["'”’)\]]*$/u.test(first.text) ? '\n\n' : ' ';
  const principles = [...draft.principles];
  principles.splice(index, 2, { ...first, text: `${first.text}${separator}${second.text}` });
  return withPrinciples(draft, principles);
}

/** Leave a principle out of the import (boilerplate, a table of contents line, a signature). */
export function dropPrinciple(draft: ImportDraft, id: string): ImportDraft {
  const index = indexOf(draft, id);
  return withPrinciples(
    draft,
    draft.principles.filter((_, i) => i !== index),
  );
}
